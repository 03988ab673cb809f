import { describe, expect, it } from 'vitest';
import {
  bareContentType,
  bytesMatchType,
  DOCUMENT_FILENAME_MAX,
  documentFilename,
  isDocumentType,
  isWiderVisibility,
} from '../../src/domain/documents';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('the documents Mesas takes', () => {
  it('reads a Content-Type header as a bare media type and knows the allow-list', () => {
    expect(bareContentType('Text/CSV; charset=UTF-8')).toBe('text/csv');
    expect(bareContentType(undefined)).toBe('');
    expect(isDocumentType('application/pdf')).toBe(true);
    expect(isDocumentType('application/x-msdownload')).toBe(false);
    expect(isDocumentType('toString')).toBe(false);
  });

  it('checks the first bytes against the declared type', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0);
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14);
    expect(bytesMatchType('application/pdf', pdf)).toBe(true);
    expect(bytesMatchType('application/pdf', png)).toBe(false);
    expect(bytesMatchType('image/png', png)).toBe(true);
    expect(bytesMatchType('image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(bytesMatchType('image/jpeg', pdf)).toBe(false);
    for (const type of [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.oasis.opendocument.spreadsheet',
    ] as const) {
      expect(bytesMatchType(type, zip)).toBe(true);
      expect(bytesMatchType(type, pdf)).toBe(false);
    }
    expect(bytesMatchType('text/plain', new TextEncoder().encode('año 2015'))).toBe(true);
    expect(bytesMatchType('text/csv', bytes(0x61, 0, 0x62))).toBe(false);
    expect(bytesMatchType('application/pdf', bytes(0x25, 0x50))).toBe(false);
  });

  it('keeps the last part of a file name, without control characters, quotes or a path', () => {
    expect(documentFilename('C:\\docs\\Decreto "final".pdf')).toBe('Decreto final.pdf');
    expect(documentFilename('../../etc/passwd')).toBe('passwd');
    expect(documentFilename('acta\u0000\u001f  firmada\n.pdf')).toBe('acta firmada.pdf');
    expect(documentFilename('   ')).toBe('');
    const long = documentFilename(`${'a'.repeat(400)}.docx`);
    expect(long.length).toBe(DOCUMENT_FILENAME_MAX);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('orders visibilities from widest to narrowest', () => {
    expect(isWiderVisibility('public', 'members')).toBe(true);
    expect(isWiderVisibility('members', 'team')).toBe(true);
    expect(isWiderVisibility('team', 'members')).toBe(false);
    expect(isWiderVisibility('members', 'members')).toBe(false);
  });
});
