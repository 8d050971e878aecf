/**
 * The words around a tier name that tell what the sentence says about it, one lexicon per
 * language. Patterns run on case-folded NFC text. Each is a regular-expression source so that
 * inflections (Russian, French, Spanish) can be written once.
 *
 * Head-initial languages (vi, en, fr, es, ru, zh) put the verb before the tier ("upgrade ties
 * to a CSP", "nâng quan hệ lên ĐTCLTD", "提升为全面战略伙伴关系"); Japanese and Korean put it after
 * ("包括的戦略的パートナーシップに格上げ", "포괄적 전략적 동반자 관계로 격상"), so they have
 * `after` patterns instead.
 */
import type { Lang } from '../types';

export interface Lexicon {
  /** Verbs of raising ties, which need a target marker before the tier: upgrade, nâng, 提升. */
  raise: RegExp;
  /** The target marker, at the very end of the text before the tier: "to a", "lên", "为". */
  target: RegExp;
  /** Verbs that set a tier up directly: establish, sign, become, thiết lập, 建立. */
  establish: RegExp;
  /** Future, plan, proposal, hope, preparation: not decided yet. */
  signal: RegExp;
  /** A negation close before the tier: not, chưa, 未. */
  negation: RegExp;
  /** The marker of the old tier in "from X to Y", at the end of the text before the tier. */
  source: RegExp;
  /** "the two countries", "hai bên", "双方": the pair the article is about. */
  anaphora: RegExp;
  /** Companies, banks, universities, provinces, cities: not states. */
  organisation: RegExp;
  /** Right after the tier: a sector-only partnership ("on climate change"). */
  sector: RegExp;
  /** Just before the tier: "10 years of", "50 năm quan hệ", "周年": a mention. */
  anniversary: RegExp;
  /** Anywhere in the sentence: background ("since", "kể từ", "以来"). */
  background: RegExp;
  /** Totals and generic objects ("seven countries", "tất cả các nước", "所有"): no partner named. */
  generic: RegExp;
  /** Right after the tier, a change told afterwards ("a label they agreed on in 2014", "được thiết lập năm 2009"). */
  postChange: RegExp;
  /** An ordinal that says the partner became the Nth at this tier ("thứ ba", "second", "第二个"). */
  ordinal: RegExp;
  /** Anywhere in the sentence: a denial of the plan or report ("no plans to", "chưa có kế hoạch", "否认"). */
  denial: RegExp;
  /** An upgrade without a tier name: "a higher level", "tầm cao mới", "更高水平". Counts only with a plan cue. */
  higherLevel: RegExp;
  /** "to the level", "this relationship", "同じ枠組み", "이 관계": a tier named before, referred to again. */
  tierAnaphora: RegExp;
  /** "the same tour", "того же визита", "cùng chuyến thăm": the time of the change told just before. */
  sameOccasion: RegExp;
  /** Just before the tier (or just after, in verb-final languages): the tier is skipped, not reached. */
  skip: RegExp;
  /** Anywhere before the tier in its sentence: a condition ("if", "nếu", "若", "되면"): not decided. */
  conditional: RegExp;
  /** After the tier, for verb-final languages: raise (with its particle) or establish. */
  afterChange?: RegExp;
  /** After the tier, for verb-final languages: the old tier of "X から Y に". */
  afterSource?: RegExp;
  /** After the tier, for verb-final languages: plans and expectations. */
  afterSignal?: RegExp;
}

const re = (source: string) => new RegExp(source, 'u');
const words = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'u');
const QUOTE = `[\\s"'“”‘’«»「」『』]*`;

const en: Lexicon = {
  tierAnaphora: words('the same (?:level|tier|status|framework)|(?:that|this) (?:level|tier|status|framework)|the level'),
  sameOccasion: words('(?:the )?same (?:tour|trip|visit|occasion|month|year|day|week)|during (?:that|this) (?:tour|trip|visit)|on (?:that|the same) occasion'),
  skip: re('(?:skipp\\p{L}*|bypass\\p{L}*|without (?:going through|passing through)|jump\\p{L}* over)(?: the| a| an)?\\s*["“]?$|^["”]?\\s*(?:was|were) skipped'),
  denial: words('no plans?|not planning|has no intention|denied|denies|deny|rejected (?:the )?(?:reports?|rumou?rs?)|groundless|untrue|false reports?|speculation'),
  higherLevel: words('(?:a |the )?(?:higher|new|next) (?:level|stage|height|tier)|(?:upgrade|elevate|lift|raise)\\p{L}* (?:their |bilateral )?(?:ties|relations|relationship)'),
  conditional: words('if|unless|provided that|should the two|in case'),
  generic: words('(?:all|many|several|numerous|various|other|\\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty) (?:\\p{L}+ )?(?:countries|nations|partners|states|economies)|the number of'),
  postChange: re('^[^.;]{0,30}?(?<![\\p{L}])(?:agreed on|agreed|established|set up|signed|forged|launched|adopted|reached|upgraded to|elevated to|formed)(?![\\p{L}])'),
  ordinal: words('first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)'),
  raise: words('upgrad\\p{L}*|elevat\\p{L}*|lift\\p{L}*|rais(?:e|es|ed|ing)|mov(?:e|es|ed|ing) (?:up )?(?:their |bilateral )?(?:ties|relations|relationship)|jump\\p{L}*|promot\\p{L}*|bring\\p{L}*|brought|tak(?:e|es|ing)|took|step(?:ped)? up'),
  target: re(`(?<![\\p{L}])(?:to|into)(?: (?:a|an|the|their|a new|the level of(?: an?)?|the status of(?: an?)?|the rank of(?: an?)?))?${QUOTE}$`),
  establish: words('establish\\p{L}*|set(?:ting)? up|sign\\p{L}*|form(?:ed|s|ing|ally establish\\p{L}*)?|forg(?:e|ed|es|ing)|launch\\p{L}*|declar\\p{L}*|announc\\p{L}*|adopt\\p{L}*|bec(?:a|o)me|becoming|becomes|creat\\p{L}*|unveil\\p{L}*|inaugurat\\p{L}*|seal\\p{L}*|clinch\\p{L}*|agree(?:d|s)? (?:on|to) (?:a|an|the)|enter(?:ed)? into'),
  signal: words("will|would|shall|expect\\p{L}*|plan(?:s|ned|ning)?|aim\\p{L}*|seek\\p{L}*|sought|hop(?:e|es|ed|ing)|propos\\p{L}*|consider\\p{L}*|discuss\\p{L}*|toward|towards|arrang\\p{L}*|prepar\\p{L}*|may|might|could|look(?:s|ing)? (?:to|forward)|pave the way|potential\\p{L}*|possib\\p{L}*|intend\\p{L}*|set to|poised|ready to|want\\p{L}*|wish\\p{L}*|envisag\\p{L}*|push(?:es|ing)? for|call(?:s|ed)? for|eye\\p{L}*|mull\\p{L}*|explor\\p{L}*|under discussion|on track|in the works|work(?:s|ing)? on|next (?:step|year|month|week)|soon|upcoming|later this|to be (?:upgraded|elevated|announced|established|signed|lifted|raised)"),
  negation: re("(?<![\\p{L}])(?:not|no|never|neither|nor|den(?:y|ies|ied)|rul(?:e|es|ed) out|yet to|without)(?![\\p{L}])|n't"),
  source: re(`(?<![\\p{L}])from(?: (?:a|an|the|their|its))?${QUOTE}$`),
  anaphora: words("the two (?:countries|sides|nations|leaders|governments|presidents|prime ministers|heads of state|states)|both (?:sides|countries|nations|leaders|governments)|bilateral|their (?:relationship|ties|relations)|the (?:relationship|ties)|two-way|each other"),
  organisation: words('compan(?:y|ies)|corporat\\p{L}*|corp|conglomerate|group|bank\\p{L}*|airlines?|airways|carrier|universit(?:y|ies)|college|institute|firms?|enterprises?|ltd|inc|jsc|plc|provinc\\p{L}*|cit(?:y|ies)|municipal\\p{L}*|hospital|school|club|shareholder|stake|investor|brand|startup|developer|manufacturer|retailer|operator|holdings?'),
  sector: re('^[\\s"”’]*(?:on|regarding|in the (?:fields?|areas?|sectors?) of|for (?:climate|water|energy|agricultur|food|digital|green|health|education|innovation|semiconductor|critical)|in (?:climate|water|energy|agricultur|food|digital|green|health|education|innovation|semiconductor|critical)\\p{L}*)(?![\\p{L}])(?!\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:occasion|sidelines)|\\d))'),
  anniversary: re('(?:\\d+(?:st|nd|rd|th)?|one|two|three|five|ten|fifteen|twenty|thirty|fifty)[\\s-]+(?:years?|anniversary)(?: of)?(?: the)?(?: \\p{L}+)?(?: \\p{L}+)?\\s*$|anniversary of(?: the)?(?: \\p{L}+)?(?: \\p{L}+)?\\s*$'),
  background: words('since|had|previously|earlier|ago|back in|then|first|already|once|former\\p{L}*|originally'),
};

const vi: Lexicon = {
  tierAnaphora: words('(?:cùng|khuôn khổ|mức|cấp độ) (?:này|đó|tương tự)|cùng khuôn khổ|cùng cấp độ|cùng mức'),
  sameOccasion: words('cùng (?:chuyến|đợt|dịp|tháng|năm)|trong chuyến (?:thăm|công du) (?:này|đó)|dịp này|dịp đó'),
  skip: re('(?:không qua|bỏ qua|vượt qua)(?: nấc| cấp độ| khuôn khổ)?(?: quan hệ)?\\s*["“]?$'),
  denial: words('chưa có kế hoạch|không có kế hoạch|bác bỏ|phủ nhận|không có cơ sở|không đúng sự thật|tin đồn|thông tin lan truyền'),
  higherLevel: words('tầm cao mới|tầm cao hơn|mức cao hơn|khuôn khổ (?:quan hệ )?(?:mới|cao hơn)|nâng cấp (?:khuôn khổ )?quan hệ|nâng tầm quan hệ'),
  conditional: words('nếu|một khi|trong trường hợp|giả sử'),
  generic: words('(?:tất cả|các|nhiều|những|\\d+|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một|mười hai|mười ba) (?:nước|quốc gia|đối tác|nền kinh tế)|số nước|số quốc gia'),
  postChange: re('^[^.;]{0,12}(?:được |đã )?(?:thiết lập|xác lập|nâng cấp|ký kết)(?![\\p{L}])'),
  ordinal: words('thứ (?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\\d+)|đầu tiên'),
  raise: words('nâng cấp|nâng tầm|nâng|đưa|chuyển|tiến lên|được nâng'),
  target: re(`(?<![\\p{L}])(?:lên|thành|tới|đến)(?: (?:tầm|mức|hàng|thành|cấp độ|khuôn khổ))?(?: (?:quan hệ|mối quan hệ))?${QUOTE}$`),
  establish: words('thiết lập|xác lập|thành lập|trở thành|chính thức là|ký|ký kết|tuyên bố|công bố|ra tuyên bố|hình thành|kết thành|nhất trí thiết lập|quyết định thiết lập'),
  signal: words('sẽ|dự kiến|kỳ vọng|mong muốn|mong|hy vọng|hi vọng|hướng tới|hướng đến|tiến tới|phấn đấu|chuẩn bị|xem xét|nghiên cứu|thảo luận|đề xuất|đề nghị|kế hoạch|có thể|sắp|sớm|thời điểm phù hợp|thời điểm thích hợp|điều kiện chín muồi|bàn về|bàn thảo|trao đổi về việc|tính đến|định hướng|tiềm năng|khả năng|mục tiêu'),
  negation: words('không|chưa|chẳng|phủ nhận|bác bỏ|không có'),
  source: re(`(?<![\\p{L}])từ(?: (?:quan hệ|mối quan hệ|khuôn khổ))?${QUOTE}$`),
  anaphora: words('hai nước|hai bên|hai nhà lãnh đạo|hai thủ tướng|hai tổng thống|hai nguyên thủ|hai chủ tịch|lãnh đạo hai nước|song phương|quan hệ hai nước|hai quốc gia|hai phía'),
  organisation: words('công ty|tập đoàn|ngân hàng|doanh nghiệp|hãng|tổng công ty|trường|đại học|học viện|tỉnh|thành phố|quận|huyện|cổ đông|bệnh viện|hiệp hội|nhà đầu tư|vốn điều lệ|cổ phần|thương vụ'),
  sector: re('^[\\s"”’]*(?:về|trong (?:các )?lĩnh vực|trong ngành)(?![\\p{L}])'),
  anniversary: re('(?:\\d+|mười|năm|hai mươi|ba mươi) năm(?: (?:quan hệ|thiết lập|xác lập|kể từ khi thiết lập))?(?: quan hệ)?\\s*$|kỷ niệm[^.,;]{0,40}$'),
  background: words('kể từ|từ khi|từ năm|trước đó|đã từng|trước đây|khi đó|vốn|lần đầu'),
};

const zh: Lexicon = {
  tierAnaphora: re('(?:这一|這一|该|該|同样的|同樣的|相同的)(?:关系|關係|框架|级别|級別)|同一框架|同等级别|同等級別'),
  sameOccasion: re('同一|同次|此访|此訪|此次访问|此次訪問|同月|同年|同日'),
  skip: re('(?:跳过|越过|跨过|不经|未经|绕过)[“"「]?$'),
  denial: re('否认|没有计划|无意|不实|谣言|传言'),
  higherLevel: re('更高水平|新高度|新的高度|提升两国关系|升级两国关系|关系升格|提升关系'),
  conditional: re('若|如果|倘若|一旦|如若|假如'),
  generic: re('所有|各国|多个国家|许多国家|\\d+个国家|\\d+国|十三个|伙伴(?!关系)国'),
  postChange: re('^[^，。]{0,4}(?:的)?(?:建立|确立)'),
  ordinal: re('第[一二三四五六七八九十\\d]+个|首个'),
  raise: re('提升|升级|升級|提昇|升格|提高|上升|跃升|躍升|发展为|發展為|发展成|提升至|推向'),
  target: re(`(?:为|至|到|成为)${QUOTE}$`),
  establish: re('建立|确立|构建|结成|签署|签订|宣布|成为|缔结|达成|正式建立'),
  signal: re('有望|计划|拟|准备|期待|希望|争取|考虑|商讨|探讨|即将|将于|将在|将成为|将会|预计|预期|预料|料将|料(?=升|提|在|于|成)|可望|或将|打算|意向|可能|讨论|推动.{0,6}提升|致力于.{0,6}提升|朝着|迈向|目标'),
  negation: re('不(?!断|仅|但|久)|未(?!来)|没有|否认|并非|尚未|无意'),
  source: re(`从${QUOTE}$`),
  anaphora: re('两国|双方|两位领导人|两国元首|两国领导人|双边|两党两国'),
  organisation: re('公司|集团|银行|航空|大学|学院|企业|股东|控股|医院|协会|董事|股份|投资者|省|市(?!场)'),
  sector: re('^[\\s”」]*(?:在.{1,8}领域|关于)'),
  anniversary: re('(?:\\d+|[一二三四五六七八九十]+)\\s*周年[^，。,]{0,6}$|周年[^，。,]{0,6}$|建交\\s*\\d+\\s*年[^，。,]{0,6}$'),
  background: re('以来|以來|此前|曾|早在|当年|當年|自从|自從|自|已先后|已先後|先后|先後|早已|分别|分別'),
};

const ja: Lexicon = {
  tierAnaphora: re('同じ枠組み|この枠組み|同じレベル|同水準'),
  sameOccasion: re('同じ(?:訪問|歴訪|月|年|日)|同訪問|同歴訪|同月|同年'),
  skip: re('^[」』"]?\\s*を(?:飛ばし|飛び越え|経ず|経ないで)'),
  denial: re('否定|予定はない|計画はない|考えはない'),
  higherLevel: re('新たな段階|一段高い|格上げ'),
  conditional: re('(?:れ|け|せ|て|め|え)ば|なら(?:ば)?(?![\\p{Script=Han}])|たら'),
  generic: re('各国|か国|カ国'),
  postChange: re('(?!)'),
  ordinal: re('\\d+か国目|[一二三四五六七八九十]+か国目|初めて'),
  raise: re('格上げ|引き上げ|高め|昇格'),
  target: re('(?!)'),
  establish: re('樹立|構築|確立|締結|署名|宣言|合意'),
  signal: re('予定|方針|見通し|調整|検討|目指|見込|向け|考え|協議|可能性|意向|期待|計画'),
  negation: re('ない|せず|否定'),
  source: re('(?!)'),
  anaphora: re('両国|両首脳|双方|両政府|両者'),
  organisation: re('会社|企業|銀行|航空|大学|グループ|株式|出資'),
  sector: re('^[\\s」』]*(?:に関する|分野)'),
  anniversary: re('(?:\\d+|[一二三四五六七八九十]+)\\s*周年[^、。]{0,6}$'),
  background: re('以来|かつて|当時|これまで'),
  afterChange: re(`^${QUOTE}(?:へ|に|と)(?:の)?(?:格上げ|引き上げ|昇格|発展)|^${QUOTE}(?:を|の)(?:樹立|構築|確立|締結|宣言)|^${QUOTE}に(?:する|すること)で(?:一致|合意)`),
  afterSource: re(`^${QUOTE}から`),
  afterSignal: re('^[^。]{0,40}(?:予定|方針|見通し|調整|検討|目指|見込|向け|考え|可能性|意向|計画)'),
};

const ko: Lexicon = {
  tierAnaphora: re('이 관계|같은 관계|같은 수준|이 수준|동일한 관계'),
  sameOccasion: re('같은 (?:순방|방문|달|해|날)|이번 순방|같은 기간'),
  skip: re('^[\'"’”]?\\s*(?:관계)?\\s*(?:를|을)\\s*(?:건너뛰|거치지 않|생략)'),
  denial: re('부인|계획이 없|사실무근|사실이 아니'),
  higherLevel: re('한 단계 높|새로운 단계|관계 격상|격상'),
  conditional: re('(?:되|하|이|다|으)면(?![\\p{L}])'),
  generic: re('모든 나라|\\d+개국|\\d+개 나라'),
  postChange: re('(?!)'),
  ordinal: re('번째|처음|최초'),
  raise: re('격상|상향|승격|끌어올|올라[서섰]|올[리렸려]'),
  target: re('(?!)'),
  establish: re('수립|체결|구축|선언|맺'),
  signal: re('예정|계획|추진|검토|전망|기대|목표|방침|논의|가능성|방안|협의 중|할 것'),
  negation: re('않|없|부인|아니'),
  source: re('(?!)'),
  anaphora: re('양국|두 나라|양측|양 정상|두 정상|양자'),
  organisation: re('회사|기업|은행|항공|대학|그룹|지분|주주|증권'),
  sector: re('^\\s*(?:분야|에 관한)'),
  anniversary: re('\\d+\\s*주년[^,.]{0,6}$'),
  background: re('이후|이래|당시|지난|앞서'),
  // The tier, maybe a quote and an English name in brackets, then a particle and the verb.
  afterChange: re(`^${QUOTE}(?:\\([^)]{0,60}\\))?\\s*(?:관계)?\\s*(?:(?:로|으로)?\\s*(?:격상|상향|승격|발전|끌어올|올라[서섰]|올[리렸려]|높)|(?:를|을|가|이|의)?\\s*(?:수립|체결|구축|선언|맺)|(?:의\\s*)?대열에\\s*(?:합류|들어))`),
  afterSource: re(`^${QUOTE}(?:\\([^)]{0,60}\\))?\\s*(?:관계)?\\s*에서`),
  afterSignal: re('^[^.]{0,60}(?:예정|계획|추진|검토|전망|방침|목표|기대|방안|조율|협의하고|논의하고|가능성|할 것으로)'),
};

const fr: Lexicon = {
  tierAnaphora: words('(?:ce|le même) (?:niveau|cadre|statut|rang)|y accéder|y a accédé'),
  sameOccasion: words('(?:la )?même (?:tournée|visite|occasion|année|journée|mois)|à cette occasion|lors de cette (?:tournée|visite)'),
  skip: re('sans passer par(?: le| la| l\')?\\s*[«"“]?\\s*$'),
  denial: words('dément\\p{L}*|démenti|aucun projet|pas de projet|infond\\p{L}*|rumeurs?'),
  higherLevel: words('niveau supérieur|nouveau palier|nouvelle (?:étape|hauteur)|rehausser (?:les|leurs) relations|élever (?:les|leurs) relations'),
  conditional: words('si|au cas où|à condition que'),
  generic: words('(?:tous les|plusieurs|nombreux|\\d+|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize) (?:\\p{L}+ )?(?:pays|nations|partenaires|États)'),
  postChange: re('^[^.;]{0,20}(?:établi|conclu|signé|lancé|noué|instauré)'),
  ordinal: words('premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|\\d+e'),
  raise: words("él[eè]v\\p{L}*|élévation|hiss\\p{L}*|rehauss\\p{L}*|port(?:er|é|ée|ent|ant)|fai(?:re|t|sant) passer|pass(?:er|é|ent)|relev\\p{L}*|fai(?:re|t) évoluer|promouv\\p{L}*|rehaussement"),
  target: re(`(?<![\\p{L}])(?:au rang d[eu']|au niveau d[eu']|au statut d[eu']|à|en|jusqu'au?|vers)(?: (?:un|une|la|le|l'|leur|du|des))?${QUOTE}$|qualifiant désormais de${QUOTE}$|(?:qualifi\\p{L}*|baptis\\p{L}*) de${QUOTE}$`),
  establish: words("établi\\p{L}*|établissement|instaur\\p{L}*|nou(?:er|é|ent)|conclu\\p{L}*|sign\\p{L}*|annonc\\p{L}*|adopt\\p{L}*|lanc\\p{L}*|forg\\p{L}*|deven\\p{L}*|devient|deviennent|mis en place|mise en place|mettre en place|cré(?:er|é|ée|ent)|décid\\p{L}* d'établir|qualifiant"),
  signal: words("deviendrai\\p{L}*|serai\\p{L}*|pourrai\\p{L}*|permettrai\\p{L}*|élèverai\\p{L}*|ferai\\p{L}*|prochain\\p{L}*|envisag\\p{L}*|prévoi\\p{L}*|prévu\\p{L}*|devrai\\p{L}*|devront|pourrai\\p{L}*|espè\\p{L}*|esp[ée]r\\p{L}*|espoir|souhait\\p{L}*|vis\\p{L}*|vers|en vue d\\p{L}*|propos\\p{L}*|discut\\p{L}*|négoci\\p{L}*|étudi\\p{L}*|examin\\p{L}*|intention|sera|seront|va|vont|bientôt|objectif|perspective"),
  negation: re("(?<![\\p{L}])(?:ne|n'|pas|jamais|aucun\\p{L}*|ni|dément\\p{L}*|ni[ée]\\p{L}*)(?![\\p{L}])"),
  source: re(`(?<![\\p{L}])(?:depuis|passer d[eu']|passé d[eu']|à partir d[eu'])(?: (?:la|le|l'|un|une))?${QUOTE}$`),
  anaphora: words("les deux (?:pays|parties|dirigeants|présidents|chefs d'état|premiers ministres|côtés|gouvernements|nations)|bilatéra\\p{L}*|leurs relations|la relation|leurs liens"),
  organisation: words('société|entreprises?|groupe|banque|compagnie|universit\\p{L}*|provinc\\p{L}*|ville|conglomérat|firme|actionnaire|holding'),
  sector: re("^[\\s»”]*(?:sur|dans (?:le|les) domaines? d[eu']|en matière d[eu']|pour (?:le climat|l'eau|l'énergie|l'agriculture))(?![\\p{L}])"),
  anniversary: re("(?:\\d+|dix|cinq|vingt|trente|cinquante)e?\\s+(?:ans|années|anniversaire)\\s+(?:d[eu']|de la|du)?\\s*(?:\\p{L}+\\s+)?$|anniversaire\\s+(?:d[eu']|de la|du)\\s*(?:\\p{L}+\\s+)?$"),
  background: words('depuis|auparavant|déjà|jadis|précédemment|alors|en son temps'),
};

const es: Lexicon = {
  tierAnaphora: words('(?:ese|este|el mismo) (?:nivel|marco|estatus|rango)'),
  sameOccasion: words('(?:la )?misma (?:gira|visita|ocasión)|el mismo (?:mes|año|día|viaje)|en esa ocasión|durante esa (?:gira|visita)'),
  skip: re('(?:saltándose|saltando|sin pasar por)(?: la| el)?\\s*[«"“]?$'),
  denial: words('niega\\p{L}*|desmient\\p{L}*|no tiene planes|no hay planes|infundad\\p{L}*|rumores?'),
  higherLevel: words('nivel superior|nueva (?:etapa|altura)|nuevo nivel|elevar (?:los|sus) (?:nexos|lazos|vínculos|relaciones)'),
  conditional: words('si|de concretarse|de ser (?:aprobad|firmad|adoptad|suscrit)\\p{L}*|de aprobarse|de firmarse|en caso de|siempre que'),
  generic: words('(?:todos los|varios|numerosos|\\d+|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece) (?:\\p{L}+ )?(?:países|naciones|socios|Estados)'),
  postChange: re('^[^.;]{0,20}(?:establecid|firmad|suscrit|acordad|sellad)'),
  ordinal: words('primer|primera|primero|segundo|segunda|tercer|tercera|cuarto|quinto|sexto|\\d+º'),
  raise: words('elev\\p{L}*|lleva\\p{L}*|llev\\p{L}*|sub\\p{L}*|ascend\\p{L}*|promov\\p{L}*|promoci\\p{L}*|mejor\\p{L}*|pas(?:ar|aron|ó)'),
  target: re(`(?<![\\p{L}])(?:a|al|hasta|al nivel de|al rango de|a nivel de|en)(?: (?:una|un|la|el|su))?${QUOTE}$`),
  establish: words('establec\\p{L}*|conform\\p{L}*|firm\\p{L}*|suscrib\\p{L}*|cre(?:ar|aron|ó)|forj\\p{L}*|anunci\\p{L}*|adopt\\p{L}*|convirt\\p{L}*|convert\\p{L}*|formaliz\\p{L}*|acord\\p{L}*|instaur\\p{L}*|sell\\p{L}*'),
  signal: words('convertiría\\p{L}*|elevaría\\p{L}*|sería|serían|podría\\p{L}*|permitiría\\p{L}*|establecería\\p{L}*|llevaría\\p{L}*|tendría\\p{L}*|momento oportuno|oportunamente|estudiar|evaluar|esperanza|esper\\p{L}*|confía\\p{L}*|confi\\p{L}*|prev(?:é|én|isto|ista)|planea\\p{L}*|plan\\p{L}*|proyect\\p{L}*|busca\\p{L}*|aspira\\p{L}*|posib\\p{L}*|podría\\p{L}*|propon\\p{L}*|propuest\\p{L}*|discut\\p{L}*|negoci\\p{L}*|hacia|anuncien|establezcan|eleven|concret\\p{L}*|próxim\\p{L}*|futur\\p{L}*|será|serán|va a|van a|objetivo|perspectiva|intención'),
  negation: re('(?<![\\p{L}])(?:no|nunca|niega\\p{L}*|desmient\\p{L}*|ningún|ninguna|sin)(?![\\p{L}])'),
  source: re(`(?<![\\p{L}])(?:desde)(?: (?:la|el|una|su))?${QUOTE}$`),
  anaphora: words('(?:los|las) dos (?:países|partes|naciones|líderes|mandatarios|gobiernos)|ambas partes|ambos (?:países|líderes|gobiernos|mandatarios)|bilateral\\p{L}*|sus relaciones|los vínculos|los lazos|los nexos'),
  organisation: words('empresas?|compañía|grupo|banco|universidad\\p{L}*|provincia|ciudad|corporaci\\p{L}*|aerolínea|accionista|firma'),
  sector: re('^[\\s»”]*(?:sobre|en (?:el|los) (?:ámbitos?|campos?|sectores?) de|en materia de)(?![\\p{L}])'),
  anniversary: re('(?:\\d+|diez|cinco|veinte|treinta|cincuenta)\\s+(?:años|aniversario)\\s+(?:de|del)\\s*(?:la\\s+)?(?:\\p{L}+\\s+)?$|aniversario\\s+(?:de|del)\\s*(?:la\\s+)?(?:\\p{L}+\\s+)?$'),
  background: words('desde|anteriormente|ya|entonces|previamente'),
};

const ru: Lexicon = {
  tierAnaphora: words('(?:этого|того же|такого же|этот|тот же) (?:уровня|уровень|статуса|статус|формата|формат)'),
  sameOccasion: words('(?:того|той) же|в том же|в ходе (?:этого|этой|того|той) (?:визита|турне|поездки)'),
  skip: re('минуя\\s*[«"“]?$'),
  denial: words('опроверг\\p{L}*|не планиру\\p{L}*|нет планов|слухи?'),
  higherLevel: words('(?:на )?(?:более высокий|новый) уровень|поднять отношения|повысить уровень'),
  conditional: words('если|в случае'),
  generic: words('(?:все|всеми|многими|несколькими|\\d+|тремя|пятью|десятью) (?:\\p{L}+ )?(?:стран\\p{L}*|государств\\p{L}*|партн[её]р\\p{L}*)'),
  postChange: re('^[^.;]{0,20}(?:установлен|подписан|заключ)'),
  ordinal: words('перв\\p{L}*|втор\\p{L}*|треть\\p{L}*|четв[её]рт\\p{L}*|пят\\p{L}*|шест\\p{L}*'),
  raise: words('подня\\p{L}*|подним\\p{L}*|повы\\p{L}*|вывел\\p{L}*|вывест\\p{L}*|вывод\\p{L}*|перев(?:ести|ели|од)\\p{L}*|возве\\p{L}*|получили статус'),
  target: re(`(?<![\\p{L}])(?:до уровня|на уровень|в статус|до статуса|в ранг|до)${QUOTE}$`),
  establish: words('установ\\p{L}*|подпис\\p{L}*|заключ\\p{L}*|объяв\\p{L}*|провозгла\\p{L}*|стать|стала|стал|стали|учред\\p{L}*|сформир\\p{L}*|декларац\\p{L}*|договорил\\p{L}*'),
  signal: words('будет|будут|планир\\p{L}*|намерен\\p{L}*|рассчитыва\\p{L}*|ожида\\p{L}*|предлага\\p{L}*|предлож\\p{L}*|обсужда\\p{L}*|стремл\\p{L}*|может|могут|возможно\\p{L}*|готов\\p{L}*|перспектив\\p{L}*|в ближайшее|надея\\p{L}*|цель\\p{L}*'),
  negation: re('(?<![\\p{L}])(?:не|нет|никогда|отрица\\p{L}*|опроверг\\p{L}*)(?![\\p{L}])'),
  source: re(`(?<![\\p{L}])от${QUOTE}$`),
  anaphora: words('(?:две|двух|обе|обеих|обеими|двумя) (?:стран\\p{L}*|сторон\\p{L}*)|стороны|двусторонн\\p{L}*|отношени\\p{L}*'),
  organisation: words('компани\\p{L}*|корпорац\\p{L}*|групп\\p{L}*|банк\\p{L}*|университет\\p{L}*|провинци\\p{L}*|город\\p{L}*|авиакомпани\\p{L}*|фирм\\p{L}*|предприяти\\p{L}*|акционер\\p{L}*'),
  sector: re('^[\\s»”]*(?:в (?:области|сфере)|по (?:вопросам|климату))(?![\\p{L}])'),
  anniversary: re('(?:\\d+|десять|пять|двадцать|тридцать|пятьдесят)[\\s-]*(?:лет|летие|годовщин\\p{L}*)(?:\\s+\\p{L}+)?\\s*$|(?:юбиле\\p{L}*|годовщин\\p{L}*)(?:\\s+\\p{L}+)?\\s*$'),
  background: words('с тех пор|ранее|уже|тогда|прежде|назад'),
};

export const LEXICONS: Record<Exclude<Lang, 'other'>, Lexicon> = { en, vi, zh, ja, ko, fr, es, ru };

/** The lexicon for a page's language; pages in other languages are read with the English one. */
export function lexiconFor(lang: Lang): Lexicon {
  return lang === 'other' ? en : LEXICONS[lang];
}
