import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVIDENCE_LIMITS, EvidenceMediaType, evidenceProblem, recogniseEvidence, validate, zipEntryNames } from '../src/index.js';
import { sampleDocx as docx, storedZip } from '../src/testing/evidence-files.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);

describe('recognising evidence by its content', () => {
  it('recognises PDF, PNG and JPEG by their signatures', () => {
    assert.equal(recogniseEvidence(text('%PDF-1.7\n…')), 'application/pdf');
    assert.equal(recogniseEvidence(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)), 'image/png');
    assert.equal(recogniseEvidence(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)), 'image/jpeg');
  });

  it('refuses a signature cut short, HTML, an executable and text named like a PDF', () => {
    for (const b of [text('%PD'), bytes(0x89, 0x50, 0x4e, 0x47), bytes(0xff, 0xd8), text('<!doctype html><script>'), bytes(0x4d, 0x5a, 0x90, 0), text('hello.pdf')])
      assert.equal(recogniseEvidence(b), undefined);
  });

  it('recognises a DOCX from its central directory, also after a comment', () => {
    assert.equal(recogniseEvidence(docx()), EvidenceMediaType.options[1]);
    const commented = storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }, { comment: 'PK\x05\x06 inside a comment' });
    assert.equal(recogniseEvidence(commented), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses other ZIPs — an XLSX, a ZIP of files named word/… without content types, a ZIP whose directory is cut', () => {
    assert.equal(recogniseEvidence(storedZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' })), undefined);
    assert.equal(recogniseEvidence(storedZip({ 'word/document.xml': '<w:document/>' })), undefined);
    const whole = docx();
    assert.equal(recogniseEvidence(whole.subarray(0, whole.length - 30)), undefined);
    assert.equal(zipEntryNames(whole.subarray(0, 40)), undefined);
  });

  it('reads the names a ZIP lists, and nothing from a ZIP whose directory points outside it', () => {
    assert.deepEqual(zipEntryNames(docx()), ['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const broken = docx();
    const view = new DataView(broken.buffer);
    view.setUint32(broken.length - 6, broken.length, true); // central directory offset past the end
    assert.equal(zipEntryNames(broken), undefined);
  });

  it('names the problem of a file before it is sent: empty, too large, not a supported type', () => {
    assert.equal(evidenceProblem(new Uint8Array()), 'empty');
    const big = new Uint8Array(EVIDENCE_LIMITS.fileBytes + 1);
    big.set(text('%PDF-'));
    assert.equal(evidenceProblem(big), 'tooLarge');
    assert.equal(evidenceProblem(big.subarray(0, EVIDENCE_LIMITS.fileBytes)), undefined);
    assert.equal(evidenceProblem(text('GIF89a')), 'unsupportedType');
    assert.ok(validate(EvidenceMediaType, recogniseEvidence(docx())).success);
  });
});
