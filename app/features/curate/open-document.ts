import { fingerprint, type DocumentText } from '../../data/document-hash.ts';

/** A document opened in Curate: its name, its text as the quotes are checked against, its fingerprint. */
export interface OpenDocument extends DocumentText {
  name: string;
}

/**
 * The text of an HTML document, never rendered: parsed into a detached document (no scripts run, nothing
 * loads), scripts and styles removed, its text content taken.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, noscript, template').forEach((el) => el.remove());
  return doc.body?.textContent ?? doc.documentElement.textContent ?? '';
}

export function isHtml(name: string): boolean {
  return /\.x?html?$/i.test(name);
}

/**
 * Opens a file's bytes or pasted text. The fingerprint is of the bytes (as each source records it for its
 * file); the text of an HTML file is its text content.
 */
export async function openDocument(name: string, content: Uint8Array | string): Promise<OpenDocument> {
  const print = await fingerprint(content);
  const raw = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
  return { name, ...print, text: isHtml(name) ? htmlToText(raw) : raw };
}
