import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  Select,
  SimpleGrid,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valuesOf } from '../../../../src/sdk/client';
import type { MesaDetail } from '../../api';
import { orNull } from '../../components/common';
import { DateTimeField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { translatedOptions, useSaveForm } from '../../components/forms';
import { useFormatters } from '../../format';
import { useSession } from '../../session';
import { orgName } from '../matrix/labels';
import { matrixApi, matrixQueryKey } from '../matrix/matrixApi';
import { meetingName } from './labels';
import { type MeetingKind, meetingKinds, meetingsQueryKey, sessionsApi } from './sessionsApi';
import { addMinutesLocal, timeZoneOptions, zonedToIso } from './zonedTime';

type Visibility = MesaDetail['visibility'];
const visibilities = valuesOf<Visibility>()(['members', 'team', 'public']);

interface MeetingFields {
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string | null;
  place: string;
  onlineUrl: string;
  publicSectorOnly: boolean;
  problemIds: string[];
  invitees: string[];
  visibility: Visibility;
  announce: boolean;
}

/** The Mesa's current participants as options: "Name — Organization". */
export function participantOptions(mesa: MesaDetail) {
  const seen = new Map<string, string>();
  for (const group of mesa.participants) {
    for (const p of group.participants) {
      if (seen.has(p.person.id)) continue;
      const org = p.designatedBy ?? p.organization;
      seen.set(p.person.id, org ? `${p.person.fullName} — ${orgName(org)}` : p.person.fullName);
    }
  }
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** The organization a participant represents in the Mesa: who designated them, else their own. */
export function representedOrganization(mesa: MesaDetail, personId: string): string | null {
  for (const group of mesa.participants) {
    const p = group.participants.find((x) => x.person.id === personId);
    if (p) return (p.designatedBy ?? p.organization)?.id ?? null;
  }
  return null;
}

/** The Mesa's Matrix problems as options ("P-3 · title"), open ones first. */
export function useProblemOptions(mesaId: string, enabled: boolean) {
  const matrix = useQuery({
    queryKey: matrixQueryKey(mesaId),
    queryFn: () => matrixApi.matrix(mesaId),
    enabled,
  });
  const closed = new Set(['enacted', 'verified', 'parked', 'dropped']);
  const options = [...(matrix.data?.problems ?? [])]
    .sort((a, b) => Number(closed.has(a.status)) - Number(closed.has(b.status)) || a.number - b.number)
    .map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }));
  return { options, query: matrix };
}

function NewMeetingModal({
  mesa,
  opened,
  onClose,
}: {
  mesa: MesaDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters(mesa.timeZone);
  const { timeZone } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const problems = useProblemOptions(mesa.id, opened);
  const people = participantOptions(mesa);
  const initial = (): MeetingFields => {
    const tomorrow = addMinutesLocal(`${fmt.today()}T10:00`, 24 * 60);
    return {
      kind: 'session',
      title: '',
      startsAt: tomorrow,
      endsAt: addMinutesLocal(tomorrow, 120),
      timeZone,
      place: '',
      onlineUrl: '',
      publicSectorOnly: false,
      problemIds: [],
      invitees: [],
      visibility: 'members',
      announce: true,
    };
  };
  const form = useSaveForm({
    initial,
    dialog: { opened, onClose },
    required: () => ['startsAt', 'endsAt', 'timeZone'],
    save: (v) => {
      const zone = v.timeZone ?? timeZone;
      return sessionsApi.meetings.create(mesa.id, {
        kind: v.kind,
        title: v.title.trim(),
        startsAt: zonedToIso(v.startsAt, zone) ?? v.startsAt,
        endsAt: zonedToIso(v.endsAt, zone) ?? v.endsAt,
        timeZone: zone,
        place: v.place.trim(),
        onlineUrl: orNull(v.onlineUrl),
        visibility: v.visibility,
        publicSectorOnly: v.kind === 'intersessional' && v.publicSectorOnly,
        problemIds: v.problemIds,
        ...(v.kind === 'session' ? {} : { invitees: v.invitees }),
        state: v.announce ? 'scheduled' : 'draft',
      });
    },
    refresh: () => queryClient.invalidateQueries({ queryKey: meetingsQueryKey(mesa.id) }),
    notice: (saved) => t('meetings.created', { name: meetingName(t, saved) }),
    done: async (saved) => {
      onClose();
      await navigate({ to: '/meetings/$meetingId', params: { meetingId: saved.id } });
    },
  });
  const { values, set } = form;
  const setStart = (value: string) => {
    set('startsAt', value);
    if (value && (!values.endsAt || values.endsAt <= value)) set('endsAt', addMinutesLocal(value, 120));
  };

  return (
    <FormModal form={form} size="xl" title={t('meetings.newTitle')} submitLabel={t('meetings.createSubmit')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('meetings.field.kind')}
          data={translatedOptions(t, 'meetingKind', meetingKinds)}
          {...form.text('kind')}
        />
        <TextInput
          label={t('meetings.field.title')}
          description={values.kind === 'session' ? t('meetings.field.titleSessionHelp') : undefined}
          {...form.text('title')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateTimeField
          label={t('meetings.field.startsAt')}
          required
          value={values.startsAt}
          error={form.error('startsAt')}
          onChange={setStart}
        />
        <DateTimeField label={t('meetings.field.endsAt')} required {...form.date('endsAt')} />
        <Select
          label={t('meetings.field.timeZone')}
          required
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          data={timeZoneOptions(timeZone)}
          {...form.choice('timeZone')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('meetings.field.place')} {...form.text('place')} />
        <TextInput
          type="url"
          label={t('meetings.field.onlineUrl')}
          placeholder="https://"
          {...form.text('onlineUrl')}
        />
      </SimpleGrid>
      {values.kind === 'intersessional' && (
        <Checkbox
          label={t('meetings.field.publicSectorOnly')}
          description={t('meetings.field.publicSectorOnlyHelp')}
          error={form.error('publicSectorOnly')}
          {...form.flag('publicSectorOnly')}
        />
      )}
      <MultiSelect
        label={t('meetings.field.problems')}
        description={t('meetings.field.problemsHelp')}
        searchable
        clearable
        nothingFoundMessage={t('common.nothingFound')}
        data={problems.options}
        value={values.problemIds}
        error={form.error('problemIds') ?? (problems.query.isError ? t('common.loadFailed') : undefined)}
        onChange={(ids) => set('problemIds', ids)}
      />
      {values.kind === 'session' ? null : (
        <MultiSelect
          label={t('meetings.field.invitees')}
          description={t('meetings.field.inviteesHelp')}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          data={people}
          value={values.invitees}
          error={form.error('invitees')}
          onChange={(ids) => set('invitees', ids)}
        />
      )}
      <Group grow align="flex-start">
        <NativeSelect
          label={t('meetings.field.visibility')}
          description={t('meetings.field.visibilityHelp')}
          data={translatedOptions(t, 'visibility', visibilities)}
          {...form.text('visibility')}
        />
        <Checkbox
          mt="xl"
          label={t('meetings.field.announce')}
          description={t('meetings.field.announceHelp')}
          {...form.flag('announce')}
        />
      </Group>
    </FormModal>
  );
}

export function NewMeetingButton({ mesa }: { mesa: MesaDetail }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>{t('meetings.new')}</Button>
      <NewMeetingModal mesa={mesa} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
