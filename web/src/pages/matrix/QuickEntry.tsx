import { Box, Button, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import {
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/common';
import { useWantedOnce } from '../../components/firstUse';
import { scores, useCategoryName } from './labels';
import { type Category, type CreateProblem, matrixApi, matrixQueryKey } from './matrixApi';
import { looksLikeRows } from './pasteCheck';
import type { OwnerType, PasteDraft, PasteResult } from './pasteRows';

// The preview of pasted rows (and its code) comes the first time rows are pasted.
const PastePreview = lazy(() =>
  import('./PastePreview').then((module) => ({ default: module.PastePreview })),
);

/** Labels stay for screen readers; the row shows the fields only. */
const hiddenLabel = { className: 'visually-hidden' };

/**
 * The spreadsheet-like entry row: type a title and press Enter, or Tab to category, impact, ease and
 * MP/YP first; the cursor is back in a fresh title field. Rows pasted from a spreadsheet are shown
 * before they are created. Saves are queued, in order, so typing never waits for the server.
 */
export function QuickEntry({
  mesaId,
  categories,
  autoFocus = true,
}: {
  mesaId: string;
  categories: Category[];
  /** Puts the cursor in the title when the row appears, unless the user is already somewhere else. */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const queryClient = useQueryClient();
  const titleRef = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [title, setTitle] = useState('');
  const [categoryKey, setCategoryKey] = useState('');
  const [ownerType, setOwnerType] = useState<OwnerType>('MP');
  const [impact, setImpact] = useState('3');
  const [ease, setEase] = useState('3');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [failures, setFailures] = useState<string[]>([]);
  const [preview, setPreview] = useState<PasteResult | null>(null);
  const previewed = useWantedOnce(preview !== null);
  // Pasted rows that were not saved, offered back in the preview.
  const [returned, setReturned] = useState<PasteDraft[]>([]);

  useEffect(() => {
    if (!autoFocus) return;
    const active = document.activeElement;
    if (!active || active === document.body) titleRef.current?.focus();
  }, [autoFocus]);

  const refresh = () => void queryClient.invalidateQueries({ queryKey: matrixQueryKey(mesaId) });

  /** Queues one problem; settles with whether it was saved. A batch announces and refreshes once. */
  const save = (body: CreateProblem, batch = false): Promise<boolean> => {
    setPending((n) => n + 1);
    const saved = queue.current
      .then(() => matrixApi.problems.create(mesaId, body))
      .then(
        (created) => {
          if (!batch) {
            setAnnouncement(t('matrix.quick.added', { code: created.code, title: created.title }));
            refresh();
          }
          return true;
        },
        (error: unknown) => {
          const message = t('matrix.quick.failed', { title: body.title, message: errorMessage(error, t) });
          setFailures((current) => [...current, message]);
          // Give the text back so nothing typed is lost.
          if (!batch) setTitle((current) => (current.trim() === '' ? body.title : current));
          return false;
        },
      )
      .finally(() => setPending((n) => n - 1));
    queue.current = saved;
    return saved;
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const text = title.trim();
    if (!text) {
      setTitleError(t('matrix.quick.titleRequired'));
      titleRef.current?.focus();
      return;
    }
    setFailures([]);
    void save({
      title: text,
      categoryKey: categoryKey || null,
      ownerType,
      impact: Number(impact),
      ease: Number(ease),
    });
    setTitle('');
    setImpact('3');
    setEase('3');
    // The category and the owner type are kept: problems are often typed in runs of one kind.
    titleRef.current?.focus();
  };

  /** Creates pasted rows in order, through the same queue as typed ones. */
  const createPasted = (drafts: PasteDraft[]) => {
    setPreview(null);
    setReturned([]);
    setFailures([]);
    titleRef.current?.focus();
    const results = drafts.map((d) =>
      save(
        {
          title: d.title,
          categoryKey: d.categoryKey,
          ownerType: d.ownerType,
          impact: d.impact,
          ease: d.ease,
        },
        true,
      ),
    );
    void Promise.all(results).then((ok) => {
      const added = ok.filter(Boolean).length;
      if (added > 0) {
        setAnnouncement(t('matrix.paste.added', { count: added }));
        refresh();
      }
      setReturned(drafts.filter((_, i) => !ok[i]));
    });
  };

  // Several lines or tab-separated cells are rows of a spreadsheet: shown before they are created.
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!looksLikeRows(text)) return;
    event.preventDefault();
    const options = { categories, ownerType };
    import('./pasteRows').then(
      ({ parsePastedRows }) => setPreview(parsePastedRows(text, options)),
      () => setFailures((current) => [...current, t('matrix.quick.pasteFailed')]),
    );
  };

  // Enter saves from every field of the row, selects included.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (
      event.key === 'Enter' &&
      !event.nativeEvent.isComposing &&
      event.target instanceof HTMLSelectElement
    ) {
      event.preventDefault();
      submit();
    }
  };

  const scoreOptions = scores.map((s) => ({ value: String(s), label: String(s) }));
  const status = pending > 0 ? t('matrix.quick.saving', { count: pending }) : announcement;
  return (
    <Paper
      withBorder
      px="xs"
      py={4}
      radius="md"
      component="section"
      aria-labelledby="quick-entry-title"
      data-testid="quick-entry"
    >
      <h2 id="quick-entry-title" className="visually-hidden">
        {t('matrix.quick.title')}
      </h2>
      <form onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-labelledby="quick-entry-title">
        <Group gap="xs" wrap="wrap" align="flex-start" style={{ rowGap: 4 }}>
          <TextInput
            ref={titleRef}
            size="xs"
            style={{ flex: '2 1 16rem' }}
            label={t('matrix.quick.problemTitle')}
            labelProps={hiddenLabel}
            aria-describedby="quick-entry-help"
            placeholder={t('matrix.quick.placeholder')}
            value={title}
            error={titleError}
            autoComplete="off"
            data-testid="quick-title"
            onPaste={onPaste}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              setTitleError(null);
            }}
          />
          <NativeSelect
            size="xs"
            w={180}
            label={t('matrix.col.category')}
            labelProps={hiddenLabel}
            value={categoryKey}
            data-testid="quick-category"
            data={[
              { value: '', label: t('matrix.noCategory') },
              ...categories.filter((c) => !c.archived).map((c) => ({ value: c.key, label: categoryName(c) })),
            ]}
            onChange={(e) => setCategoryKey(e.currentTarget.value)}
          />
          <NativeSelect
            size="xs"
            w={56}
            label={t('matrix.col.impact')}
            labelProps={hiddenLabel}
            title={t('matrix.col.impact')}
            value={impact}
            data={scoreOptions}
            data-testid="quick-impact"
            onChange={(e) => setImpact(e.currentTarget.value)}
          />
          <NativeSelect
            size="xs"
            w={56}
            label={t('matrix.col.ease')}
            labelProps={hiddenLabel}
            title={t('matrix.col.ease')}
            value={ease}
            data={scoreOptions}
            data-testid="quick-ease"
            onChange={(e) => setEase(e.currentTarget.value)}
          />
          <NativeSelect
            size="xs"
            w={64}
            label={t('matrix.quick.ownerType')}
            labelProps={hiddenLabel}
            title={t('matrix.quick.ownerType')}
            value={ownerType}
            data={['MP', 'YP']}
            data-testid="quick-owner"
            onChange={(e) => setOwnerType(e.currentTarget.value === 'YP' ? 'YP' : 'MP')}
          />
          <Button type="submit" size="xs">
            {t('matrix.quick.add')}
          </Button>
          <Box style={{ flex: '1 1 10rem', minWidth: 0 }}>
            <Text size="xs" lh={1.25} c="gray.7" id="quick-entry-help" truncate="end">
              {t('matrix.quick.hint')}
            </Text>
            <Text
              size="xs"
              lh={1.25}
              c="gray.7"
              role="status"
              aria-live="polite"
              truncate="end"
              title={status || undefined}
            >
              {status}
            </Text>
          </Box>
        </Group>
      </form>
      {(failures.length > 0 || returned.length > 0) && (
        <Box role="alert" mt={4} mah="8rem" style={{ overflowY: 'auto' }}>
          {failures.map((f, i) => (
            // The same message can come twice; its place in the list tells them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows until it is cleared
            <Text key={i} size="xs" c="red.8">
              {f}
            </Text>
          ))}
          {returned.length > 0 && (
            <Button
              size="compact-xs"
              variant="light"
              color="red"
              mt={2}
              onClick={() =>
                setPreview({ drafts: returned, headerSkipped: false, leftOut: [], overLimit: 0 })
              }
            >
              {t('matrix.quick.returned', { count: returned.length })}
            </Button>
          )}
        </Box>
      )}
      {previewed && (
        <Suspense fallback={null}>
          <PastePreview
            result={preview}
            categories={categories}
            onCancel={() => {
              setPreview(null);
              titleRef.current?.focus();
            }}
            onCreate={createPasted}
          />
        </Suspense>
      )}
    </Paper>
  );
}
