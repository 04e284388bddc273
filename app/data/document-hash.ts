/**
 * A document's fingerprint: the SHA-256 (lower-case hex) and length in bytes of its file, as each source
 * records them (`sha256`, `bytes`). It pins the exact text the source's quotes were checked against, so an
 * edited or re-saved document is caught even when every quote still happens to match. Web Crypto, so the
 * audit (Node) and the browser compute it the same way.
 */
export interface DocumentFingerprint {
  sha256: string;
  bytes: number;
}

/** A document as the quote check reads it: its text and the fingerprint of its bytes. */
export interface DocumentText extends DocumentFingerprint {
  text: string;
}

export async function fingerprint(content: Uint8Array | string): Promise<DocumentFingerprint> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  const sha256 = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return { sha256, bytes: bytes.byteLength };
}

/** Reads a document's bytes into its text and fingerprint (UTF-8). */
export async function readDocument(content: Uint8Array): Promise<DocumentText> {
  return { ...(await fingerprint(content)), text: new TextDecoder('utf-8').decode(content) };
}
