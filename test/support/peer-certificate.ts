// The certificate a TLS port presents, read off the handshake, for tests that look at it.
import type { X509Certificate } from 'node:crypto';
import { type ConnectionOptions, connect } from 'node:tls';

export function peerCertificate(port: number, options: ConnectionOptions = {}): Promise<X509Certificate> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, ...options });
    socket.once('secureConnect', () => {
      const certificate = socket.getPeerX509Certificate();
      socket.end();
      if (certificate) resolve(certificate);
      else reject(new Error('no peer certificate'));
    });
    socket.once('error', reject);
  });
}
