/** The HTTP API (feeds, events, partners, subscriptions, review): the hono app behind a Lambda URL or API Gateway. */
import { handle } from 'hono/aws-lambda';
import { createApp, documentClient, emailSender, senderAddress, SesMailer, siteLinks, Store, Subscribers } from '@pw/aws';
import { Resource } from 'sst';
import sources from '../data/sources.json' with { type: 'json' };

type LambdaHandler = ReturnType<typeof handle>;

/** Built at the first request, so a missing secret fails that request loudly, not the import. */
let lambda: LambdaHandler | undefined;

function build(): LambdaHandler {
  const table = Resource.Table.name;
  const app = createApp({
    store: new Store(documentClient(), table),
    subscribers: new Subscribers(documentClient(), table),
    links: siteLinks(process.env.PW_SITE_URL ?? 'http://localhost:3000'),
    reviewToken: Resource.ReviewToken.value,
    signingSecret: Resource.SigningSecret.value,
    sources,
    sendEmail: emailSender(new SesMailer(), senderAddress(Resource.Alerts.sender)),
  });
  return handle(app);
}

export const handler: LambdaHandler = (event, context) => {
  lambda ??= build();
  return lambda(event, context);
};
