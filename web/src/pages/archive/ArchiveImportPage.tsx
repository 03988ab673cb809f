import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, usePageTitle } from '../../components/common';
import { Forbidden, PageHeader } from '../../components/headings';
import { useFormatters } from '../../format';
import { useSession } from '../../session';
import { archiveApi, type ImportReport } from './archiveApi';

const matchKinds = ['organizations', 'people', 'authors', 'categories', 'questions'] as const;

/** What a dry run (or the import) reports: the Mesa, the records to create, and every match. */
function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const rows = Object.entries(report.created).filter(([, n]) => n > 0);
  return (
    <Stack gap="md">
      <Text>
        {t('archiveWeb.mesaLine', {
          name: report.mesa.name,
          date: fmt.dateTime(report.archive.exportedAt),
          contacts: t(
            report.archive.withContacts ? 'archiveWeb.contactsIncluded' : 'archiveWeb.contactsExcluded',
          ),
        })}
      </Text>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('archiveWeb.sha')}: <code>{report.archive.sha256}</code>
      </Text>
      <Title order={3} size="h4">
        {t('archiveWeb.created')}
      </Title>
      <Table withTableBorder striped maw={480}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('archiveWeb.table')}</Table.Th>
            <Table.Th ta="right">{t('archiveWeb.rows')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([table, n]) => (
            <Table.Tr key={table}>
              <Table.Td>
                <code>{table}</code>
              </Table.Td>
              <Table.Td ta="right">{n}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h4">
        {t('archiveWeb.matches')}
      </Title>
      {matchKinds
        .filter((kind) => report[kind].length > 0)
        .map((kind) => (
          <Stack key={kind} gap={4}>
            <Text fw={600}>{t(`archiveWeb.kind.${kind}`)}</Text>
            <List size="sm" spacing={2}>
              {report[kind].map((m) => (
                <List.Item key={m.archiveId}>
                  {m.name} —{' '}
                  {t(`archiveWeb.action.${m.action}`, { by: m.by ? t(`archiveWeb.by.${m.by}`) : '' })}
                </List.Item>
              ))}
            </List>
          </Stack>
        ))}
      <Text size="sm">{t('archiveWeb.history', { count: report.historyEvents })}</Text>
    </Stack>
  );
}

/**
 * Importing a continuity archive (the coordinating office): the file is checked with a dry run whose
 * report is shown first; the import runs only when confirmed, under another address if the Mesa's is
 * taken here.
 */
export function ArchiveImportPage() {
  const { t } = useTranslation();
  const { isCoordinating } = useSession();
  const title = t('archiveWeb.title');
  usePageTitle(title);
  const [file, setFile] = useState<File | null>(null);
  const [slug, setSlug] = useState('');
  const check = useMutation({
    mutationFn: (f: File) => archiveApi.import(f, { dryRun: true, ...(slug ? { slug } : {}) }),
    onSuccess: (report) => setSlug(report.mesa.slug),
  });
  const run = useMutation({
    mutationFn: (f: File) => archiveApi.import(f, { dryRun: false, slug }),
  });
  if (!isCoordinating) return <Forbidden title={title} />;

  const report = check.data;
  const taken = report && !report.mesa.slugAvailable && slug === report.mesa.slug;
  const choose = (f: File | null) => {
    setFile(f);
    setSlug('');
    check.reset();
    run.reset();
  };

  return (
    <Stack gap="lg">
      <PageHeader title={title} subtitle={t('archiveWeb.intro')} />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="md" maw={640}>
          <FileInput
            label={t('archiveWeb.file')}
            accept=".zip,application/zip"
            value={file}
            onChange={choose}
            data-testid="archive-file"
          />
          <Group>
            <Button disabled={!file} loading={check.isPending} onClick={() => file && check.mutate(file)}>
              {t('archiveWeb.check')}
            </Button>
          </Group>
          <FormError error={check.error} />
        </Stack>
      </Paper>

      {report && !run.data && (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="archive-report-title">
          <Stack gap="md">
            <Title order={2} size="h3" id="archive-report-title">
              {t('archiveWeb.reportTitle')}
            </Title>
            <Alert color="blue" variant="light">
              {t('archiveWeb.dryRunNote')}
            </Alert>
            <Report report={report} />
            <TextInput
              label={t('archiveWeb.slug')}
              value={slug}
              onChange={(e) => setSlug(e.currentTarget.value.trim())}
              error={taken ? t('archiveWeb.slugTaken', { slug }) : undefined}
              maw={400}
            />
            <FormError error={run.error} />
            <Group>
              <Button
                disabled={!file || !slug || !!taken}
                loading={run.isPending}
                onClick={() => file && run.mutate(file)}
                data-testid="archive-confirm"
              >
                {t('archiveWeb.confirm')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {run.data?.mesa.id && (
        <Alert color="green" variant="light" role="status">
          <Stack gap={4}>
            <Text>{t('archiveWeb.done', { slug: run.data.mesa.slug })}</Text>
            <Link to="/mesas/$mesaId" params={{ mesaId: run.data.mesa.id }} className="card-title-link">
              {t('archiveWeb.open')}
            </Link>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
