/* Types of the linked resources that handlers read through `Resource` (sst generates this file on deploy). */
import 'sst';
declare module 'sst' {
  export interface Resource {
    Table: { name: string; type: 'sst.aws.Dynamo' };
    Articles: { url: string; type: 'sst.aws.Queue' };
    ArticlesDlq: { url: string; type: 'sst.aws.Queue' };
    App: { name: string; stage: string };
    Alerts: { sender: string; configSet: string; type: 'sst.aws.Email' };
    Api: { name: string; url: string; type: 'sst.aws.Function' };
    ReviewToken: { value: string; type: 'sst.sst.Secret' };
    SigningSecret: { value: string; type: 'sst.sst.Secret' };
  }
}
export {};
