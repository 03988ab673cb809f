import { Button, Checkbox, Combobox, Group, Kbd, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../src/domain/calendar-days';
import { api } from '../../api';
import { FormError, fieldError } from '../../components/common';
import { useFormatters } from '../../format';
import {
  currentAgendaItem,
  defaultDueDate,
  matchOwners,
  type OwnerOption,
  ownerOptions,
  parseDueDate,
} from './quickCapture';
import {
  commitmentsQueryKey,
  type MeetingDetail,
  meetingQueryKey,
  meetingsQueryKey,
  sessionsApi,
} from './sessionsApi';

/**
 * A key combination that brings the focus to a capture line from anywhere on the page (Alt+Shift and
 * a letter: a modifier, so that typing never triggers it). `letter` is the key's code, e.g. `KeyC`.
 */
export function useCaptureShortcut(code: string, target: RefObject<HTMLElement | null>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== code) return;
      event.preventDefault();
      target.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [code, target, enabled]);
}

type Field = 'owner' | 'text' | 'dueOn';

/**
 * A commitment in one typed line, as fast as people speak: Owner (type-ahead over the Mesa's
 * participants and entities; Enter picks the first match), What, Due (the next session by default).
 * Enter in any field saves; the line then clears and the focus returns to Owner for the next one.
 * Esc clears the line. The commitment is linked to the problem of the agenda item being discussed.
 */
export function QuickCommitmentLine({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const mesa = useQuery({ queryKey: ['mesa', meeting.mesaId], queryFn: () => api.mesas.get(meeting.mesaId) });
  const meetings = useQuery({
    queryKey: meetingsQueryKey(meeting.mesaId),
    queryFn: () => sessionsApi.meetings.list(meeting.mesaId),
  });
  const ownerRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const dueRef = useRef<HTMLInputElement>(null);
  useCaptureShortcut('KeyC', ownerRef, true);

  const timeZone = mesa.data?.timeZone ?? meeting.timeZone;
  const today = todayIn(new Date(), timeZone);
  const fallback =
    mesa.data && meetings.data
      ? defaultDueDate({
          meeting,
          meetings: meetings.data.meetings,
          cadence: mesa.data.cadence,
          customDays: mesa.data.cadenceDays,
          timeZone,
          today,
        })
      : null;
  const options = useMemo(() => (mesa.data ? ownerOptions(mesa.data) : []), [mesa.data]);

  const [search, setSearch] = useState('');
  const [owner, setOwner] = useState<OwnerOption | null>(null);
  const [text, setText] = useState('');
  // null: the default (the next session), until something is typed.
  const [due, setDue] = useState<string | null>(null);
  const [linkProblem, setLinkProblem] = useState(true);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [lastSaved, setLastSaved] = useState('');
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const matches = useMemo(() => matchOwners(options, search), [options, search]);

  const dueText = due ?? fallback?.dueOn ?? '';
  const dueOn = parseDueDate(dueText, today);
  const current = currentAgendaItem(meeting);
  const problem = current?.problem ?? null;

  const clearError = (field: Field) => setErrors((e) => ({ ...e, [field]: undefined }));
  const clear = () => {
    setSearch('');
    setOwner(null);
    setText('');
    setDue(null);
    setErrors({});
    combobox.closeDropdown();
    ownerRef.current?.focus();
  };
  const focusFirst = (found: Partial<Record<Field, string>>) => {
    if (found.owner) ownerRef.current?.focus();
    else if (found.text) textRef.current?.focus();
    else if (found.dueOn) dueRef.current?.focus();
  };
  const choose = (value: string) => {
    const chosen = options.find((o) => o.value === value);
    if (!chosen) return;
    setOwner(chosen);
    setSearch(chosen.label);
    clearError('owner');
    combobox.closeDropdown();
    // After the key that picked it has been handled, so it does not act on the next field.
    setTimeout(() => textRef.current?.focus(), 0);
  };

  const create = useMutation({
    mutationFn: (body: { owner: OwnerOption; text: string; dueOn: string }) =>
      sessionsApi.commitments.create(meeting.mesaId, {
        personId: body.owner.personId,
        ...(body.owner.organizationId ? { organizationId: body.owner.organizationId } : {}),
        text: body.text,
        dueOn: body.dueOn,
        problemId: linkProblem && problem ? problem.id : null,
        meetingId: meeting.id,
      }),
    onSuccess: (saved) => {
      setLastSaved(
        t('capture.commitment.createdLive', {
          text: saved.text,
          name: saved.organization?.acronym ?? saved.person?.fullName ?? '',
          date: fmt.date(saved.dueOn),
        }),
      );
      clear();
      // Not awaited: the line is free for the next commitment while the lists refresh.
      void queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) });
      void queryClient.invalidateQueries({ queryKey: commitmentsQueryKey });
    },
    onError: (error) => {
      const found: Partial<Record<Field, string>> = {
        owner: fieldError(error, 'personId', 'organizationId'),
        text: fieldError(error, 'text'),
        dueOn: fieldError(error, 'dueOn'),
      };
      setErrors(found);
      focusFirst(found);
    },
  });
  const serverFields = ['personId', 'organizationId', 'text', 'dueOn'];
  const formLevel =
    create.error && !serverFields.some((k) => fieldError(create.error, k)) ? create.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!owner) found.owner = search.trim() ? t('capture.commitment.ownerPick') : t('form.required');
    if (!text.trim()) found.text = t('form.required');
    if (!dueOn) found.dueOn = dueText.trim() ? t('capture.commitment.dueInvalid') : t('form.required');
    else if (dueOn < today) found.dueOn = t('capture.commitment.duePast');
    setErrors(found);
    // An incomplete line is always answered, even while the previous one is still being saved.
    if (!owner || !dueOn || Object.keys(found).length > 0) focusFirst(found);
    else if (!create.isPending) create.mutate({ owner, text: text.trim(), dueOn });
  };
  /** Esc with no list open clears the whole line (nothing is saved). */
  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !combobox.dropdownOpened) {
      event.preventDefault();
      clear();
    }
  };
  const onOwnerKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter on typed text with no option highlighted picks the first match.
    if (
      event.key === 'Enter' &&
      combobox.getSelectedOptionIndex() === -1 &&
      matches.length > 0 &&
      search.trim() &&
      !owner
    ) {
      event.preventDefault();
      choose(matches[0]!.value);
      return;
    }
    onEscape(event);
  };

  const dueHint = dueOn
    ? t(
        fallback?.nextSession && dueOn === fallback.dueOn
          ? 'capture.commitment.dueHintNext'
          : 'capture.commitment.dueHint',
        {
          date: fmt.date(dueOn),
        },
      )
    : undefined;
  const shortcut = 'Alt+Shift+C';
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="quick-commitment-title"
      data-testid="quick-commitment"
      className="quick-capture"
    >
      <Stack gap={6}>
        <Group gap="xs" align="baseline" wrap="wrap">
          <Text fw={600} size="sm" id="quick-commitment-title" component="h3">
            {t('capture.commitment.title')}
          </Text>
          <Text size="xs" c="gray.7" id="quick-commitment-help">
            {t('capture.commitment.help')} <Kbd>{shortcut}</Kbd>
          </Text>
        </Group>
        <FormError error={formLevel} />
        <Group gap="xs" align="flex-start" wrap="wrap">
          <Combobox store={combobox} onOptionSubmit={choose} withinPortal={false}>
            <Combobox.Target>
              <TextInput
                ref={ownerRef}
                style={{ flex: '2 1 220px' }}
                label={t('capture.commitment.owner')}
                placeholder={t('capture.commitment.ownerPlaceholder')}
                aria-keyshortcuts={shortcut}
                aria-describedby="quick-commitment-help"
                value={search}
                error={errors.owner ?? (mesa.isError ? t('common.loadFailed') : undefined)}
                data-owner={owner?.value ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setSearch(value);
                  if (owner && value !== owner.label) setOwner(null);
                  clearError('owner');
                  combobox.openDropdown();
                  combobox.resetSelectedOption();
                }}
                onClick={() => combobox.openDropdown()}
                onBlur={() => combobox.closeDropdown()}
                onKeyDown={onOwnerKey}
              />
            </Combobox.Target>
            <Combobox.Dropdown hidden={!search.trim() || owner !== null}>
              <Combobox.Options>
                {matches.length === 0 ? (
                  <Combobox.Empty>{t('capture.commitment.ownerNone')}</Combobox.Empty>
                ) : (
                  matches.map((o, index) => (
                    <Combobox.Option
                      value={o.value}
                      key={o.value}
                      data-first={index === 0 || undefined}
                      className="quick-owner-option"
                    >
                      <Text size="sm" span>
                        {o.label}
                      </Text>
                      {o.kind === 'entity' && (
                        <Text size="xs" c="gray.7" span display="block">
                          {t('capture.commitment.entityThrough', { name: o.personName })}
                        </Text>
                      )}
                    </Combobox.Option>
                  ))
                )}
              </Combobox.Options>
            </Combobox.Dropdown>
          </Combobox>
          <TextInput
            ref={textRef}
            style={{ flex: '4 1 280px' }}
            label={t('capture.commitment.text')}
            placeholder={t('capture.commitment.textPlaceholder')}
            value={text}
            error={errors.text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              clearError('text');
            }}
            onKeyDown={onEscape}
          />
          <TextInput
            ref={dueRef}
            w={150}
            label={t('capture.commitment.dueOn')}
            placeholder="dd/mm"
            value={dueText}
            description={errors.dueOn ? undefined : dueHint}
            error={errors.dueOn}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => {
              setDue(e.currentTarget.value);
              clearError('dueOn');
            }}
            onKeyDown={onEscape}
          />
          <Button type="submit" mt={25} loading={create.isPending}>
            {t('capture.commitment.add')}
          </Button>
        </Group>
        {problem && (
          <Checkbox
            size="xs"
            label={t('capture.commitment.linkProblem', { problem: `${problem.code} · ${problem.title}` })}
            checked={linkProblem}
            onChange={(e) => setLinkProblem(e.currentTarget.checked)}
          />
        )}
        <Text size="xs" c="gray.8" role="status" aria-live="polite" data-testid="quick-commitment-status">
          {lastSaved}
        </Text>
      </Stack>
    </form>
  );
}
