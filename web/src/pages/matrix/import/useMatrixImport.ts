import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/common';
import { matrixQueryKey } from '../matrixApi';
import {
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type ImportResult,
  readAsDataUrl,
  spreadsheetApi,
} from '../spreadsheetApi';
import { remap } from './columnMapping';

export type Step = 'file' | 'mapping' | 'done';

/** The chosen file: its name, and its content as a data URL. */
export interface Chosen {
  name: string;
  data: string;
}

/**
 * The state of a Matrix import: the dialog, its step, the chosen file, the server's preview and the
 * column mapping, and the two calls (preview, import) with what starts over, reads a file and remaps.
 */
export function useMatrixImport(mesaId: string, startOpen = false) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(startOpen);
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [readFailed, setReadFailed] = useState(false);

  const previewCall = useMutation({
    mutationFn: ({ data, mapping }: { data: string; mapping?: ImportMapping }) =>
      spreadsheetApi.preview(mesaId, mapping ? { file: data, mapping } : { file: data }),
    onSuccess: (read) => {
      setPreview(read);
      setMapping(read.mapping);
      setStep('mapping');
    },
  });
  const importCall = useMutation({
    mutationFn: () => {
      if (!file || !preview) throw new Error('no file');
      return spreadsheetApi.import(mesaId, { file: file.data, sheet: preview.sheet, mapping });
    },
    onSuccess: async (done) => {
      setResult(done);
      setStep('done');
      notifySuccess(t('matrixImport.createdProblems', { count: done.created.problems }));
      await queryClient.invalidateQueries({ queryKey: matrixQueryKey(mesaId) });
    },
  });

  const restart = () => {
    setStep('file');
    setFile(null);
    setPreview(null);
    setMapping({});
    setResult(null);
    setReadFailed(false);
    previewCall.reset();
    importCall.reset();
  };
  const close = () => {
    setOpened(false);
    restart();
  };

  const onFile = async (chosen: File) => {
    importCall.reset();
    previewCall.reset();
    setReadFailed(false);
    let data: string;
    try {
      data = await readAsDataUrl(chosen);
    } catch {
      setReadFailed(true);
      return;
    }
    setFile({ name: chosen.name, data });
    previewCall.mutate({ data });
  };
  const onMap = (column: number, field: ImportField | '') => {
    if (!file) return;
    const next = remap(mapping, column, field);
    setMapping(next);
    importCall.reset();
    previewCall.mutate({ data: file.data, mapping: next });
  };

  const blocked = !preview || preview.issues.length > 0 || preview.rowCount === 0 || previewCall.isPending;

  return {
    opened,
    open: () => setOpened(true),
    close,
    restart,
    step,
    file,
    preview,
    mapping,
    result,
    readFailed,
    previewCall,
    importCall,
    onFile,
    onMap,
    blocked,
  };
}
