import type { Visibility } from './roles';

/**
 * Documents: files that prove or explain a record — the decree that enacts a fix, a study, a
 * presentation, the signed minutes. The rules here decide which files are taken and how they are
 * named; the bytes are stored in the database with their SHA-256.
 *
 * Visibility: a document is attached to one record and is never more visible than it. It takes the
 * record's visibility unless a narrower one is given; a wider one is refused. Reading a document also
 * takes seeing its record (and the record's Mesa), so a record made narrower later hides its documents
 * with it.
 */

/** The records a document can be attached to. */
export const documentRecordKinds = ['problem', 'solution', 'meeting', 'commitment'] as const;
export type DocumentRecordKind = (typeof documentRecordKinds)[number];

/** How the first bytes of a file of each type look; `text` has no signature but holds no NUL byte. */
type Signature = 'pdf' | 'png' | 'jpeg' | 'zip' | 'text';

/** The content types Mesas takes, with the usual extension and the signature their bytes must have. */
export const documentTypes = {
  'application/pdf': { extension: 'pdf', signature: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extension: 'docx',
    signature: 'zip',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extension: 'xlsx',
    signature: 'zip',
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    extension: 'pptx',
    signature: 'zip',
  },
  'application/vnd.oasis.opendocument.text': { extension: 'odt', signature: 'zip' },
  'application/vnd.oasis.opendocument.spreadsheet': { extension: 'ods', signature: 'zip' },
  'application/vnd.oasis.opendocument.presentation': { extension: 'odp', signature: 'zip' },
  'image/png': { extension: 'png', signature: 'png' },
  'image/jpeg': { extension: 'jpg', signature: 'jpeg' },
  'text/plain': { extension: 'txt', signature: 'text' },
  'text/csv': { extension: 'csv', signature: 'text' },
} as const satisfies Record<string, { extension: string; signature: Signature }>;

export type DocumentType = keyof typeof documentTypes;
export const documentTypeNames = Object.keys(documentTypes) as DocumentType[];

/** The default size limit of one file (the DOCUMENT_MAX_BYTES setting): 20 MB. */
export const DEFAULT_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_TITLE_MAX = 300;
export const DOCUMENT_FILENAME_MAX = 200;

/** A Content-Type header as a bare media type: lower case, without parameters such as `charset`. */
export function bareContentType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isDocumentType(type: string): type is DocumentType {
  return Object.hasOwn(documentTypes, type);
}

/** The usual extension of a document's type (`pdf`, `docx`…), or `file` for a type Mesas does not take. */
export const documentTypeExtension = (type: string): string =>
  isDocumentType(type) ? documentTypes[type].extension : 'file';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

const signatures: Record<Exclude<Signature, 'text'>, readonly number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
  zip: [0x50, 0x4b, 0x03, 0x04], // PK\3\4: Office Open XML and OpenDocument files are ZIP files
};

/**
 * Whether the bytes look like the declared type: a cheap check of the first bytes (a PDF that says it is
 * a PNG, an executable sent as a presentation), not a validation of the whole file.
 */
export function bytesMatchType(type: DocumentType, bytes: Uint8Array): boolean {
  const signature: Signature = documentTypes[type].signature;
  if (signature === 'text') return !bytes.includes(0);
  return startsWith(bytes, signatures[signature]);
}

/**
 * The file name as it is kept: the last part of a path, without control characters or quotes, trimmed,
 * at most DOCUMENT_FILENAME_MAX characters (the extension kept); empty when nothing is left.
 */
export function documentFilename(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).at(-1) ?? '';
  const printable = [...base].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '\u007f' && ch !== '"');
  const clean = printable.join('').replace(/\s+/g, ' ').trim();
  if (clean.length <= DOCUMENT_FILENAME_MAX) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, DOCUMENT_FILENAME_MAX - extension.length) + extension;
}

const visibilityRank: Record<Visibility, number> = { public: 0, members: 1, team: 2 };

/** Whether `visibility` shows a record to more people than `than` does. */
export const isWiderVisibility = (visibility: Visibility, than: Visibility): boolean =>
  visibilityRank[visibility] < visibilityRank[than];
