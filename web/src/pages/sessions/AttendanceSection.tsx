import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifyError, Tag } from '../../components/common';
import { orgFullName } from '../matrix/labels';
import { AttendanceBadge, OrganizationCommitmentsLink } from './labels';
import {
  type Attendance,
  type AttendanceEntry,
  attendanceStatuses,
  type MeetingDetail,
  type MeetingPerson,
  meetingQueryKey,
  sessionsApi,
} from './sessionsApi';

interface OrganizationGroup {
  id: string;
  name: string;
  organizationId: string | null;
  people: MeetingPerson[];
}

/** The meeting's people grouped by the organization they represent, organizations by name. */
function groupByOrganization(people: MeetingPerson[], noOrganization: string): OrganizationGroup[] {
  const groups = new Map<string, OrganizationGroup>();
  for (const p of people) {
    const id = p.organization?.id ?? 'none';
    const group = groups.get(id) ?? {
      id,
      name: p.organization ? orgFullName(p.organization) : noOrganization,
      organizationId: p.organization?.id ?? null,
      people: [],
    };
    group.people.push(p);
    groups.set(id, group);
  }
  return [...groups.values()]
    .map((g) => ({
      ...g,
      people: g.people.sort((a, b) => a.person.fullName.localeCompare(b.person.fullName)),
    }))
    .sort((a, b) =>
      a.organizationId === null ? 1 : b.organizationId === null ? -1 : a.name.localeCompare(b.name),
    );
}

export function AttendanceSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const editable = meeting.can.manage && meeting.can.edit;
  const record = useMutation({
    mutationFn: (entries: AttendanceEntry[]) => sessionsApi.meetings.attendance(meeting.id, entries),
    onSuccess: (updated) => {
      queryClient.setQueryData(meetingQueryKey(meeting.id), updated);
    },
    onError: (error) => notifyError(t('common.saveFailed'), errorMessage(error, t)),
  });
  const groups = groupByOrganization(meeting.participants, t('meeting.attendance.noOrganization'));
  const byOrg = new Map(meeting.attendanceByOrganization.map((o) => [o.organization.id, o]));
  const notRecorded = meeting.participants.filter((p) => p.invited && !p.attendance);
  const present = meeting.participants.filter((p) => p.attendance === 'present').length;
  const counts = {
    present,
    absent: meeting.participants.filter((p) => p.attendance === 'absent').length,
    excused: meeting.participants.filter((p) => p.attendance === 'excused').length,
    notRecorded: notRecorded.length,
  };
  /** One click per exception: absent or excused; clicking it again makes the person present. */
  const toggle = (p: MeetingPerson, status: 'absent' | 'excused') =>
    record.mutate([{ personId: p.person.id, status: p.attendance === status ? 'present' : status }]);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="attendance-title">
      <Group justify="space-between" mb="xs" align="flex-end">
        <div>
          <Title order={2} size="h4" id="attendance-title">
            {t('meeting.attendance.title')}
          </Title>
          <Text size="sm" c="gray.8">
            {t('meeting.attendance.summary', { present, invited: meeting.invitedCount })}
          </Text>
          <Text size="xs" c="gray.8" role="status" aria-live="polite" data-testid="attendance-counts">
            {t('capture.attendance.counts', counts)}
          </Text>
        </div>
        {editable && notRecorded.length > 0 && (
          <Button
            size="xs"
            loading={record.isPending && record.variables?.length === notRecorded.length}
            data-testid="attendance-all-present"
            onClick={() =>
              record.mutate(notRecorded.map((p) => ({ personId: p.person.id, status: 'present' as const })))
            }
          >
            {t('capture.attendance.allPresentCount', { count: notRecorded.length })}
          </Button>
        )}
      </Group>
      {groups.length === 0 ? (
        <Text size="sm">{t('meeting.attendance.nobody')}</Text>
      ) : (
        <Stack gap="md">
          {groups.map((g) => {
            const summary = g.organizationId ? byOrg.get(g.organizationId) : undefined;
            return (
              <section
                key={g.id}
                aria-labelledby={`attendance-org-${g.id}`}
                data-organization={g.organizationId ?? ''}
              >
                <Group gap="xs" mb={4}>
                  <Title order={3} size="h5" id={`attendance-org-${g.id}`}>
                    {g.organizationId ? (
                      <OrganizationCommitmentsLink organizationId={g.organizationId}>
                        {g.name}
                      </OrganizationCommitmentsLink>
                    ) : (
                      g.name
                    )}
                  </Title>
                  {summary && (
                    <>
                      <AttendanceBadge status={summary.status} />
                      <Text size="xs" c="gray.7">
                        {t('meeting.attendance.orgCounts', {
                          present: summary.present,
                          excused: summary.excused,
                          absent: summary.absent,
                        })}
                      </Text>
                    </>
                  )}
                </Group>
                <Table.ScrollContainer minWidth={720}>
                  <Table verticalSpacing={6} layout="fixed">
                    <caption className="visually-hidden">
                      {t('meeting.attendance.caption', { organization: g.name })}
                    </caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col" w="32%">
                          {t('meeting.attendance.person')}
                        </Table.Th>
                        <Table.Th scope="col">{t('meeting.attendance.position')}</Table.Th>
                        <Table.Th scope="col" w={330}>
                          {t('meeting.attendance.status')}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {g.people.map((p) => (
                        <Table.Tr
                          key={p.person.id}
                          data-person-id={p.person.id}
                          data-attendance={p.attendance ?? ''}
                        >
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {p.person.fullName}
                            </Text>
                            {!p.invited && <Tag tone="gray">{t('meeting.attendance.notInvited')}</Tag>}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" c="gray.8">
                              {p.person.position ?? '—'}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {editable ? (
                              <Group gap={6} wrap="nowrap">
                                <NativeSelect
                                  size="xs"
                                  w={150}
                                  aria-label={t('meeting.attendance.of', { name: p.person.fullName })}
                                  value={p.attendance ?? ''}
                                  data={[
                                    { value: '', label: t('meeting.attendance.notRecorded') },
                                    ...attendanceStatuses.map((s) => ({
                                      value: s,
                                      label: t(`attendanceStatus.${s}`),
                                    })),
                                  ]}
                                  onChange={(e) =>
                                    record.mutate([
                                      {
                                        personId: p.person.id,
                                        status: (e.currentTarget.value || null) as Attendance | null,
                                      },
                                    ])
                                  }
                                />
                                <Group
                                  gap={4}
                                  wrap="nowrap"
                                  role="group"
                                  aria-label={t('capture.attendance.exceptions', { name: p.person.fullName })}
                                >
                                  {(['absent', 'excused'] as const).map((status) => (
                                    <Button
                                      key={status}
                                      size="compact-xs"
                                      variant={p.attendance === status ? 'filled' : 'default'}
                                      aria-pressed={p.attendance === status}
                                      aria-label={t(
                                        status === 'absent'
                                          ? 'capture.attendance.markAbsent'
                                          : 'capture.attendance.markExcused',
                                        { name: p.person.fullName },
                                      )}
                                      onClick={() => toggle(p, status)}
                                    >
                                      {t(`capture.attendance.${status}`)}
                                    </Button>
                                  ))}
                                </Group>
                              </Group>
                            ) : (
                              <AttendanceBadge status={p.attendance} />
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </section>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
