import {
  Anchor,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, FormError, fieldError, notifyError, notifySuccess } from '../../components/common';
import { useFormatters } from '../../format';
import type { ProblemDetail } from '../matrix/matrixApi';
import {
  type DocumentSummary,
  type DocumentVisibility,
  documentsApi,
  documentsQueryKey,
} from './documentsApi';

const visibilities: readonly DocumentVisibility[] = ['public', 'members', 'team'];
const rank: Record<DocumentVisibility, number> = { public: 0, members: 1, team: 2 };

/** A file's size in kB or MB. */
function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A document's kind as people name it: PDF, DOCX, PNG… (from its file name). */
const fileKind = (d: DocumentSummary) => (d.filename.split('.').pop() ?? '').toUpperCase();

function UploadForm({ problem, maxBytes }: { problem: ProblemDetail; maxBytes: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  // Never wider than the problem's own visibility, which is the default.
  const [visibility, setVisibility] = useState<DocumentVisibility>(problem.visibility);
  const [errors, setErrors] = useState<{ file?: string; title?: string }>({});
  const mutation = useMutation({
    mutationFn: () => documentsApi.upload(problem.id, file!, { title: title.trim(), visibility }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: documentsQueryKey(problem.id) });
      setFile(null);
      setTitle('');
      notifySuccess(t('problemPage.documents.uploaded'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!file) found.file = t('form.required');
    else if (file.size > maxBytes)
      found.file = t('problemPage.documents.tooLarge', {
        max: Math.round((maxBytes / 1024 / 1024) * 10) / 10,
      });
    if (!title.trim()) found.title = t('form.required');
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-labelledby="document-upload-title">
        <Stack gap="xs">
          <Title order={3} size="h5" id="document-upload-title">
            {t('problemPage.documents.upload')}
          </Title>
          <FormError error={mutation.error} />
          <FileInput
            label={t('problemPage.documents.file')}
            description={t('problemPage.documents.fileHelp', {
              max: Math.round((maxBytes / 1024 / 1024) * 10) / 10,
            })}
            required
            clearable
            clearButtonProps={{ 'aria-label': t('problemPage.documents.clearFile') }}
            value={file}
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.txt,.csv"
            error={
              errors.file ?? fieldError(mutation.error, 'file') ?? fieldError(mutation.error, 'contentType')
            }
            onChange={(f) => {
              setFile(f);
              if (f && !title.trim()) setTitle(f.name.replace(/\.[^.]+$/, ''));
            }}
          />
          <TextInput
            label={t('problemPage.documents.documentTitle')}
            required
            value={title}
            error={errors.title ?? fieldError(mutation.error, 'title')}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('problemPage.documents.visibility')}
            value={visibility}
            error={fieldError(mutation.error, 'visibility')}
            data={visibilities
              .filter((v) => rank[v] >= rank[problem.visibility])
              .map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
            onChange={(e) => setVisibility(e.currentTarget.value as DocumentVisibility)}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>
              {t('problemPage.documents.attach')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The documents of a problem and of its solutions: download, and for the team upload and delete. */
export function Documents({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: documentsQueryKey(problem.id),
    queryFn: () => documentsApi.list(problem.id),
  });
  const remove = useMutation({
    mutationFn: (d: DocumentSummary) => documentsApi.remove(d.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: documentsQueryKey(problem.id) });
      notifySuccess(t('problemPage.documents.removed'));
    },
    onError: (error) => notifyError(t('common.saveFailed'), errorMessage(error, t)),
  });
  const solutionIndex = (id: string) => problem.solutions.findIndex((s) => s.id === id) + 1;
  const documents = list.data?.documents ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="documents-title" data-testid="problem-documents">
      <div>
        <Title order={2} size="h3" id="documents-title">
          {t('problemPage.documents.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('problemPage.documents.help')}
        </Text>
      </div>
      {list.isError && <FormError error={list.error} />}
      {list.isSuccess && documents.length === 0 && <Text>{t('problemPage.documents.empty')}</Text>}
      {documents.length > 0 && (
        <ul className="document-list">
          {documents.map((d) => (
            <li key={d.id}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <div>
                  <Anchor href={d.downloadUrl} download={d.filename}>
                    {d.title}
                  </Anchor>
                  <Text size="xs" c="gray.7">
                    {t('problemPage.documents.meta', {
                      type: fileKind(d),
                      size: fileSize(d.sizeBytes),
                      date: fmt.date(d.createdAt),
                      visibility: t(`visibility.${d.visibility}`),
                    })}
                    {d.record.kind === 'solution' &&
                      ` · ${t('problemPage.documents.ofSolution', { index: solutionIndex(d.record.id) })}`}
                  </Text>
                </div>
                {list.data?.can.manage && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    loading={remove.isPending && remove.variables?.id === d.id}
                    aria-label={t('problemPage.documents.removeLabel', { title: d.title })}
                    onClick={() => {
                      if (window.confirm(t('problemPage.documents.removeConfirm', { title: d.title })))
                        remove.mutate(d);
                    }}
                  >
                    {t('problemPage.documents.remove')}
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </ul>
      )}
      {list.data?.can.manage && <UploadForm problem={problem} maxBytes={list.data.maxBytes} />}
    </Stack>
  );
}
