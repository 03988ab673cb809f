import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { FormError, fieldError, notifySuccess } from '../../components/common';
import { DateField } from '../../components/DateField';
import { OrganizationSelect } from '../../components/pickers';
import { useFormatters } from '../../format';
import { orgName, ProblemLink } from '../matrix/labels';
import { matrixApi, matrixQueryKey } from '../matrix/matrixApi';
import { CommitmentStatusBadge, DueStateBadge, OrganizationCommitmentsLink } from './labels';
import { participantOptions, representedOrganization, useProblemOptions } from './NewMeetingForm';
import { QuickCommitmentLine } from './QuickCommitmentLine';
import { commitmentsQueryKey, type MeetingDetail, meetingQueryKey, sessionsApi } from './sessionsApi';

interface CommitmentFields {
  personId: string | null;
  organizationId: string | null;
  text: string;
  dueOn: string;
  problemId: string | null;
}

/** Record a commitment agreed in the meeting: who (person and entity), what, by when, about what. */
function CommitmentForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters(meeting.timeZone);
  const queryClient = useQueryClient();
  const mesa = useQuery({ queryKey: ['mesa', meeting.mesaId], queryFn: () => api.mesas.get(meeting.mesaId) });
  const problems = useProblemOptions(meeting.mesaId, true);
  const empty = (): CommitmentFields => ({
    personId: null,
    organizationId: null,
    text: '',
    dueOn: '',
    problemId: null,
  });
  const [values, setValues] = useState<CommitmentFields>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof CommitmentFields, string>>>({});
  const set = <K extends keyof CommitmentFields>(key: K, value: CommitmentFields[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const create = useMutation({
    mutationFn: () =>
      sessionsApi.commitments.create(meeting.mesaId, {
        personId: values.personId ?? '',
        // Without an entity, the server takes the one the person represents in the Mesa.
        ...(values.organizationId ? { organizationId: values.organizationId } : {}),
        text: values.text.trim(),
        dueOn: values.dueOn,
        problemId: values.problemId,
        meetingId: meeting.id,
      }),
    onSuccess: async (saved) => {
      setValues(empty());
      await queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) });
      await queryClient.invalidateQueries({ queryKey: commitmentsQueryKey });
      notifySuccess(t('meeting.commitments.created', { name: saved.person?.fullName ?? '' }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!values.personId) found.personId = t('form.required');
    if (!values.text.trim()) found.text = t('form.required');
    if (!values.dueOn) found.dueOn = t('form.required');
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate();
  };
  const error = (key: keyof CommitmentFields) => errors[key] ?? fieldError(create.error, key);
  const fieldsWithErrors = ['personId', 'organizationId', 'text', 'dueOn', 'problemId'];
  const formLevel =
    create.error && !fieldsWithErrors.some((k) => fieldError(create.error, k)) ? create.error : null;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="commitment-form-title" data-testid="commitment-form">
      <Stack gap="xs">
        <Text fw={600} size="sm" id="commitment-form-title" component="h3">
          {t('meeting.commitments.addTitle')}
        </Text>
        <FormError error={formLevel} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('meeting.commitments.person')}
            required
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={mesa.data ? participantOptions(mesa.data) : []}
            placeholder={mesa.isPending ? t('common.loading') : undefined}
            value={values.personId}
            error={error('personId') ?? (mesa.isError ? t('common.loadFailed') : undefined)}
            onChange={(v) => {
              set('personId', v);
              // The entity the person represents in the Mesa, until another one is chosen.
              const represented = v && mesa.data ? representedOrganization(mesa.data, v) : null;
              if (represented) set('organizationId', represented);
            }}
          />
          <OrganizationSelect
            label={t('meeting.commitments.organization')}
            description={t('meeting.commitments.organizationHelp')}
            clearable
            value={values.organizationId}
            error={error('organizationId')}
            onChange={(v) => set('organizationId', v)}
          />
        </SimpleGrid>
        <Textarea
          label={t('meeting.commitments.text')}
          required
          autosize
          minRows={2}
          value={values.text}
          error={error('text')}
          onChange={(e) => set('text', e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            label={t('meeting.commitments.dueOn')}
            required
            min={fmt.today()}
            value={values.dueOn}
            error={error('dueOn')}
            onChange={(value) => set('dueOn', value)}
          />
          <Select
            label={t('meeting.commitments.problem')}
            clearable
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={problems.options}
            value={values.problemId}
            error={error('problemId')}
            onChange={(v) => set('problemId', v)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('meeting.commitments.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A new problem raised in the meeting: added to the Matrix and linked to the meeting. */
function NewProblemForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: async () => {
      const problem = await matrixApi.problems.create(meeting.mesaId, {
        title: title.trim(),
        description: description.trim() || undefined,
      });
      // Link it to the meeting, on the meeting as it is now (it changes often during a session).
      const latest = await sessionsApi.meetings.get(meeting.id);
      await sessionsApi.meetings.update(meeting.id, {
        version: latest.version,
        problemIds: [...latest.problems.map((p) => p.id), problem.id],
      });
      return problem;
    },
    onSuccess: async (problem) => {
      setTitle('');
      setDescription('');
      await queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) });
      await queryClient.invalidateQueries({ queryKey: matrixQueryKey(meeting.mesaId) });
      notifySuccess(t('meeting.newProblem.created', { code: problem.code }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('form.required'));
      return;
    }
    setError(null);
    create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-problem-title">
      <Stack gap="xs">
        <Text fw={600} size="sm" id="new-problem-title" component="h3">
          {t('meeting.newProblem.title')}
        </Text>
        <Text size="xs" c="gray.7">
          {t('meeting.newProblem.help')}
        </Text>
        <FormError error={create.error && !fieldError(create.error, 'title') ? create.error : null} />
        <TextInput
          label={t('meeting.newProblem.problemTitle')}
          required
          value={title}
          error={error ?? fieldError(create.error, 'title')}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setError(null);
          }}
        />
        <Textarea
          label={t('meeting.newProblem.description')}
          autosize
          minRows={2}
          value={description}
          error={fieldError(create.error, 'description')}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={create.isPending}>
            {t('meeting.newProblem.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MeetingCommitments({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters(meeting.timeZone);
  const canAdd = meeting.can.manage && meeting.can.edit;
  // The one-line capture while the meeting is announced or being held (not for drafts).
  const canCapture = canAdd && (meeting.state === 'scheduled' || meeting.state === 'in_progress');
  const problemOf = (id: string | null) =>
    meeting.problems.find((p) => p.id === id) ??
    meeting.agenda.items.find((i) => i.problem?.id === id)?.problem;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="meeting-commitments-title">
      <Title order={2} size="h4" id="meeting-commitments-title" mb="sm">
        {t('meeting.commitments.title')}
      </Title>
      <Stack gap="md">
        {canCapture && <QuickCommitmentLine meeting={meeting} />}
        {meeting.commitments.length === 0 ? (
          <Text size="sm">{t('meeting.commitments.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" data-testid="meeting-commitments">
              <caption className="visually-hidden">{t('meeting.commitments.title')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('meeting.commitments.text')}</Table.Th>
                  <Table.Th scope="col">{t('meeting.commitments.owner')}</Table.Th>
                  <Table.Th scope="col">{t('meeting.commitments.dueOn')}</Table.Th>
                  <Table.Th scope="col">{t('meeting.commitments.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {meeting.commitments.map((c) => {
                  const problem = problemOf(c.problemId);
                  return (
                    <Table.Tr key={c.id} data-commitment-id={c.id}>
                      <Table.Td>
                        <Text size="sm">{c.text}</Text>
                        {problem && (
                          <Text size="xs">
                            <ProblemLink problemId={problem.id}>
                              {problem.code} · {problem.title}
                            </ProblemLink>
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{c.person?.fullName ?? '—'}</Text>
                        {c.organization && (
                          <Text size="xs">
                            <OrganizationCommitmentsLink organizationId={c.organization.id}>
                              {orgName(c.organization)}
                            </OrganizationCommitmentsLink>
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{fmt.date(c.dueOn)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <CommitmentStatusBadge status={c.status} />
                          {c.status === 'open' && <DueStateBadge state={c.dueState} />}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canAdd && <CommitmentForm meeting={meeting} />}
        {canAdd && meeting.state === 'in_progress' && <NewProblemForm meeting={meeting} />}
      </Stack>
    </Paper>
  );
}
