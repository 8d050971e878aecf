/**
 * Sends email through SES v2 as raw MIME, so that our own headers (List-Unsubscribe,
 * List-Unsubscribe-Post) reach the recipient. Locally the same client talks to
 * aws-ses-v2-local (AWS_ENDPOINT_URL_SESV2); note that emulator keeps only the subject and
 * bodies of what it receives, so header checks read the raw message as sent.
 */
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { toMime } from '@pw/core';
import type { OutgoingEmail } from './api/context';

export interface RawEmail {
  from: string;
  to: string;
  /** The whole RFC 5322 message. */
  raw: string;
}

export interface Mailer {
  /** Returns the provider's message id. */
  send(email: RawEmail): Promise<string>;
}

export class SesMailer implements Mailer {
  constructor(
    private readonly client = new SESv2Client({ maxAttempts: 5 }),
    private readonly configurationSet?: string,
  ) {}

  async send(email: RawEmail): Promise<string> {
    const res = await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: email.from,
        Destination: { ToAddresses: [email.to] },
        Content: { Raw: { Data: Buffer.from(email.raw, 'utf8') } },
        ...(this.configurationSet ? { ConfigurationSetName: this.configurationSet } : {}),
      }),
    );
    if (!res.MessageId) throw new Error('SES accepted the message without a MessageId');
    return res.MessageId;
  }
}

/** The API's email port (confirmation emails) over a Mailer: rendered to MIME, sent from `from`. */
export function emailSender(mailer: Mailer, from: string): (msg: OutgoingEmail) => Promise<void> {
  return async (msg) => {
    const raw = toMime({ from, to: msg.to, subject: msg.subject, text: msg.text, html: msg.html, ...(msg.headers ? { headers: msg.headers } : {}) });
    await mailer.send({ from, to: msg.to, raw });
  };
}

/** The From address for a sender that SST's Email component gives as an address or a domain. */
export function senderAddress(sender: string, name = 'Partnership Watch'): string {
  return `${name} <${sender.includes('@') ? sender : `alerts@${sender}`}>`;
}
