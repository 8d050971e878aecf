/** Table stream: each event that becomes a confirmed change (or a new signal) emails its subscribers. */
import { documentClient, makeNotifyHandler, outletNames, senderAddress, SesMailer, siteLinks, Store, Subscribers, type NotifyDeps } from '@pw/aws';
import { Resource } from 'sst';
import sources from '../data/sources.json' with { type: 'json' };

const outlets = outletNames(sources);
let deps: NotifyDeps | undefined;

export const handler = makeNotifyHandler(() => {
  deps ??= {
    store: new Store(documentClient(), Resource.Table.name),
    subscribers: new Subscribers(documentClient(), Resource.Table.name),
    mailer: new SesMailer(),
    links: siteLinks(process.env.PW_SITE_URL ?? 'http://localhost:3000'),
    from: senderAddress(Resource.Alerts.sender),
    signingSecret: Resource.SigningSecret.value,
    outlets,
  };
  return deps;
});
