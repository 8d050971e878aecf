/**
 * The SES identity that sends alerts and confirmation emails. PW_EMAIL_SENDER is the address
 * or domain to verify (new SES accounts are sandboxed: verified recipients only until AWS lifts
 * it). Secrets: the reviewer token and the key that signs subscription links.
 */
export const email = new sst.aws.Email('Alerts', { sender: process.env.PW_EMAIL_SENDER ?? 'alerts.example.org' });
export const reviewToken = new sst.Secret('ReviewToken');
export const signingSecret = new sst.Secret('SigningSecret');
