import { z } from 'zod';
import { VIEW_NAME_MAX } from '../../domain/saved-views';
import { personRef, text, timestamp } from './common';

const viewQueryInput = z
  .record(
    z.string().max(32).describe('A parameter of the Matrix page, e.g. `status`, `sort` or `hide`'),
    z.string().max(400),
  )
  .describe(
    "The view as the Matrix page's query string (`q`, `status`, `category`, `owner`, `entity`, `focus`, `flags`, `groupBy`, `sort`, `dir`, `hide`). It is stored in its normal form: unknown parameters and values are dropped, and so are those equal to the default",
  );

const viewName = text(VIEW_NAME_MAX).describe(
  'The name the team gives the view, e.g. "For Thursday\'s session"; unique within the Mesa whatever its case',
);

export const matrixView = z.object({
  id: z.uuid(),
  mesaId: z.uuid().describe('The Mesa whose Matrix the view shows'),
  name: z.string().describe('Unique within the Mesa whatever its case'),
  query: z
    .record(z.string(), z.string())
    .describe(
      "The view as the Matrix page's query string, in its normal form: only what differs from the default view; empty for the whole Matrix in its own order",
    ),
  createdBy: personRef.nullable().describe('Who saved it'),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int().describe('Send it back when changing the view (409 STALE_WRITE when stale)'),
});

export const matrixViewList = z.object({
  views: z.array(matrixView).describe('By name'),
  can: z
    .object({
      manage: z.boolean().describe('Whether you may save, rename and delete the views of this Mesa'),
    })
    .describe('What you may do with the views of this Mesa'),
});

export const createMatrixViewBody = z.object({
  name: viewName,
  query: viewQueryInput,
});

export const updateMatrixViewBody = z.object({
  name: viewName.optional(),
  query: viewQueryInput.optional(),
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('When given, must match the stored version (409 STALE_WRITE)'),
});
