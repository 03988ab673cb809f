import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorEnvelope, timestamp } from '../../src/server/schemas/common';
import { compileSerializer, jsonBytes, sameAsPresented, sendJsonAsBytes } from '../../src/server/serializer';

/** A response schema with every shape the compiled serializer supports. */
const row = z.object({
  id: z.uuid(),
  title: z.string(),
  score: z.number().int(),
  done: z.boolean(),
  status: z.enum(['open', 'closed']),
  tags: z.array(z.string()),
  owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  notes: z.array(z.object({ text: z.string(), at: timestamp })),
  closedAt: timestamp.nullable(),
  dueOn: z.iso.date().nullable(),
  note: z.string().optional(),
});
const page = z.object({ rows: z.array(row), total: z.number().int(), ok: z.literal(true) });
type Page = z.output<typeof page>;

const value = (): Page => ({
  rows: [
    {
      id: '6b0f9d2e-3c1a-4d6e-9f7a-1b2c3d4e5f60',
      title: 'Licencias "urgentes" \\ trámite – Lima\n',
      score: 12,
      done: false,
      status: 'open',
      tags: ['a', 'ñ'],
      owner: { id: '7c1e8a3f-4d2b-4e7f-8a9b-2c3d4e5f6a71', name: 'Ana' },
      notes: [{ text: 'primera', at: new Date('2024-03-01T10:00:00.123Z') }],
      closedAt: null,
      dueOn: '2024-04-01',
    },
    {
      id: '8d2f9b4a-5e3c-4f8a-9bac-3d4e5f6a7b82',
      title: '',
      score: 0,
      done: true,
      status: 'closed',
      tags: [],
      owner: null,
      notes: [],
      closedAt: new Date('2024-05-02T00:00:00Z'),
      dueOn: null,
      note: 'cerrado',
    },
  ],
  total: 2,
  ok: true,
});

describe('compileSerializer', () => {
  it('writes the JSON zod encodes, byte for byte', () => {
    const serialize = compileSerializer(page);
    expect(serialize(value())).toBe(JSON.stringify(z.encode(page, value())));
  });

  it('leaves out every property the schema does not declare, at any depth', () => {
    const input = value() as Page & Record<string, unknown>;
    input.passwordHash = 'root secret';
    const first = input.rows[0] as Record<string, unknown>;
    first.internalNote = 'row secret';
    (input.rows[0]!.owner as Record<string, unknown>).email = 'ana@secret.example';
    (input.rows[0]!.notes[0] as Record<string, unknown>).author = 'note secret';
    const json = compileSerializer(page)(input);
    expect(json).not.toMatch(/secret/);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(z.encode(page, value()))));
  });

  it('omits an optional property left undefined, and refuses a required one missing', () => {
    const serialize = compileSerializer(page);
    const input = value();
    expect(JSON.parse(serialize(input)).rows[0]).not.toHaveProperty('note');
    const { owner: _, ...withoutOwner } = input.rows[0]!;
    expect(() => serialize({ ...input, rows: [withoutOwner as Page['rows'][number]] })).toThrow(/owner/);
    expect(() => serialize({ ...input, rows: null as unknown as Page['rows'] })).toThrow(/not an array/);
  });

  it('with `check`, refuses a value zod refuses', () => {
    const checked = compileSerializer(page, { check: true });
    expect(checked(value())).toBe(compileSerializer(page)(value()));
    const wrong = value();
    (wrong.rows[0] as { status: string }).status = 'archived';
    expect(() => compileSerializer(page)(wrong)).not.toThrow();
    expect(() => checked(wrong)).toThrow();
  });

  it('refuses, when compiled, a schema it cannot serialize faithfully', () => {
    expect(() => compileSerializer(errorEnvelope)).toThrow(/beyond the declared ones/);
    expect(() => compileSerializer(z.object({ n: z.bigint() }))).toThrow(/bigint/);
    expect(() => compileSerializer(z.record(z.string(), z.number()))).toThrow(/does not support/);
    expect(() =>
      compileSerializer(z.object({ v: z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]) })),
    ).toThrow(/union/);
  });

  it('compiles a schema once', () => {
    expect(compileSerializer(page)).toBe(compileSerializer(page));
  });
});

describe('sendJsonAsBytes', () => {
  it('sends a serialized answer as its UTF-8 bytes, and anything else as it is', async () => {
    const json = JSON.stringify({ name: 'Mesa – Lima, café' });
    const sent = await sendJsonAsBytes(null as never, null as never, json);
    expect(Buffer.isBuffer(sent)).toBe(true);
    expect((sent as Buffer).toString('utf8')).toBe(json);
    const buffer = Buffer.from('x');
    expect(await sendJsonAsBytes(null as never, null as never, buffer)).toBe(buffer);
  });
});

describe('jsonBytes', () => {
  it('encodes pieces to the UTF-8 bytes of the joined text, characters beyond Latin-1 included', () => {
    const pieces = ['{"a":"café', ' – ', '🌲"', ',"b":[', '1,2', ']}', ''];
    const bytes = jsonBytes(pieces);
    expect(bytes.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual({ a: 'café – 🌲', b: [1, 2] });
    expect(jsonBytes([]).length).toBe(0);
  });
});

describe('sameAsPresented', () => {
  it('accepts the same members in another order, and names where two answers first differ', () => {
    expect(() =>
      sameAsPresented('{"b":[1,{"c":null}],"a":"x"}', '{"a":"x","b":[1,{"c":null}]}'),
    ).not.toThrow();
    expect(() => sameAsPresented('{"a":"x","b":[1,{"c":0}]}', '{"a":"x","b":[1,{"c":null}]}')).toThrow(
      'at /b/1/c',
    );
    expect(() => sameAsPresented('{"a":"x"}', '{"a":"x","extra":1}')).toThrow('at /extra');
    expect(() => sameAsPresented('{"a":[1,2]}', '{"a":[2,1]}')).toThrow('at /a/0');
  });
});
