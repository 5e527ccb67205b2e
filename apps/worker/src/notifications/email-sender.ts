import { createTransport, type Transporter } from 'nodemailer';
import { PermanentDeliveryFailure, type ChannelSender, type OutgoingMessage } from './delivery-failure';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** E-mail over SMTP (nodemailer): an HTML and a text body, both with the link to the page. */
export class EmailSender implements ChannelSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    const url = new URL(smtpUrl);
    const secure = url.protocol === 'smtps:';
    this.transport = createTransport({
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      connectionTimeout: 10_000,
      socketTimeout: 20_000,
      // A few SMTP connections reused for many messages, not one connection per e-mail.
      pool: true,
      maxConnections: 4,
      maxMessages: 200,
    });
  }

  async send(message: OutgoingMessage): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.from,
        to: message.address,
        subject: message.title,
        text: `${message.body}\n\n${message.url}\n`,
        html:
          `<p>${escapeHtml(message.body).replace(/\n/g, '<br>')}</p>` +
          `<p><a href="${escapeHtml(message.url)}">${escapeHtml(message.url)}</a></p>`,
      });
    } catch (error) {
      // An SMTP 5xx refuses the message or the address for good; 4xx and connection errors are worth a retry.
      const responseCode = (error as { responseCode?: number }).responseCode;
      if (responseCode !== undefined && responseCode >= 500)
        throw new PermanentDeliveryFailure(`SMTP ${responseCode}: ${(error as Error).message}`);
      throw error;
    }
  }

  close(): void {
    this.transport.close();
  }
}
