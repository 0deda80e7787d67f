// A request body read whole, up to a limit: the console's bodies are small JSON documents (a
// Training, a review, parameters), and one larger than the limit is refused before any of it is
// passed on or parsed.
import type { IncomingMessage } from 'node:http';

/** The default limit of a body the console accepts: 256 KiB. */
export const MAX_BODY_BYTES = 256 * 1024;

export class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`the request body is larger than ${maxBytes / 1024} KiB`);
    this.maxBytes = maxBytes;
  }
}

/**
 * The whole body, or BodyTooLarge as soon as the declared length or the bytes read pass
 * `maxBytes`. The rest is left unread (paused): answer with `connection: close`.
 */
export function readBody(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(new BodyTooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      cleanup();
      request.pause();
      reject(new BodyTooLarge(maxBytes));
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    // The client went away before the body ended.
    const onClose = () => onError(new Error('the request was closed before its body ended'));
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', onError);
    request.once('close', onClose);
  });
}
