/*
 * `@thidua/schemas/testing/evidence-files`: sample evidence for tests of every
 * package (schemas, server, SDK, the form in Chromium) — the smallest PDF,
 * PNG and JPEG the server recognises, and a ZIP writer that makes a DOCX or a
 * ZIP that is not one. Stored entries, no compression, CRCs left 0: what is
 * read is the central directory. Not used by any runtime code.
 */

/** UTF-8 bytes without TextEncoder (this package's build targets no DOM or Node types). */
function utf8(text: string): Uint8Array<ArrayBuffer> {
  const escaped = encodeURIComponent(text);
  const bytes: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      bytes.push(parseInt(escaped.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(escaped.charCodeAt(i));
  }
  return new Uint8Array(bytes);
}

export const samplePdf = () => utf8('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
export const samplePng = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
export const sampleJpeg = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

export function storedZip(entries: Record<string, string>, options: { comment?: string; prefix?: Uint8Array } = {}): Uint8Array<ArrayBuffer> {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = options.prefix?.length ?? 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = utf8(name);
    const data = utf8(text);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const comment = utf8(options.comment ?? '');
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22 + comment.length);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  ev.setUint16(20, comment.length, true);
  end.set(comment, 22);
  const parts = [...(options.prefix ? [options.prefix] : []), ...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A DOCX as Word writes its skeleton: content types, relationships and the document part. */
export const sampleDocx = () =>
  storedZip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': '<Relationships/>',
    'word/document.xml': '<w:document/>',
  });
