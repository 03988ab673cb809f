import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on a free local port, for tests of outgoing mail: it accepts every message and
 * keeps it, parsed just enough to check headers and parts. It can refuse a recipient for a given
 * number of attempts with a given reply code, as a real server does when it is busy (4xx) or the
 * mailbox does not exist (5xx).
 */
export interface ReceivedPart {
  contentType: string;
  /** The decoded body. */
  body: string;
}

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  rcptTo: string[];
  raw: string;
  /** Header value by lower-case name, unfolded and with encoded words decoded. */
  header(name: string): string | undefined;
  subject: string;
  messageId: string;
  /** Every leaf part of the MIME tree (text/plain, text/html, text/calendar…). */
  parts: ReceivedPart[];
  /** The decoded text/plain part. */
  text: string;
}

export interface TestSmtpServer {
  port: number;
  received: ReceivedMail[];
  /** Mail received for one address. */
  to(address: string): ReceivedMail[];
  /** Refuses RCPT TO for `address` on its next `times` attempts with `code` (e.g. 451, 550). */
  refuse(address: string, code: number, times?: number): void;
  close(): Promise<void>;
}

const decoder = new TextDecoder('utf-8');

function decodeQuotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(c));
    }
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=), adjacent ones joined. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return headers;
}

function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  if (at < 0) return { headers: parseHeaders(raw), body: '' };
  const sep = raw.slice(at).match(/^\r?\n\r?\n/)![0];
  return { headers: parseHeaders(raw.slice(0, at)), body: raw.slice(at + sep.length) };
}

function leafParts(raw: string): ReceivedPart[] {
  const { headers, body } = splitEntity(raw);
  const contentType = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (contentType.toLowerCase().startsWith('multipart/') && boundary) {
    const chunks = body.split(`--${boundary}`).slice(1);
    return chunks.filter((c) => !c.startsWith('--')).flatMap((c) => leafParts(c.replace(/^\r?\n/, '')));
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const decoded =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return [{ contentType: contentType.split(';')[0]!.trim().toLowerCase(), body: decoded }];
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const refusals = new Map<string, { code: number; times: number }>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = refusals.get(address.address.toLowerCase());
      if (refusal && refusal.times > 0) {
        refusal.times--;
        const error = Object.assign(new Error(`Refused by the test server (${refusal.code})`), {
          responseCode: refusal.code,
        });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const { headers } = splitEntity(raw);
        const parts = leafParts(raw);
        received.push({
          rcptTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          raw,
          header: (name) => headers.get(name.toLowerCase()),
          subject: headers.get('subject') ?? '',
          messageId: headers.get('message-id') ?? '',
          parts,
          text: parts.find((p) => p.contentType === 'text/plain')?.body ?? '',
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    to: (address) => received.filter((m) => m.rcptTo.includes(address.toLowerCase())),
    refuse(address, code, times = 1) {
      refusals.set(address.toLowerCase(), { code, times });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
