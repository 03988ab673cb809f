import { Alert, Button, Center, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valuesOf } from '../../../../src/sdk/client';
import { ApiError } from '../../api';
import { FormError, fieldError, usePageTitle } from '../../components/common';
import { i18n, LOCALE_STORAGE_KEY } from '../../i18n';
import { useSession } from '../../session';
import type { Verdict } from '../matrix/matrixApi';
import { type FeedbackLinkView, feedbackApi, feedbackLinkQueryKey } from './feedbackApi';
import './feedback-link.css';

const verdicts = valuesOf<Verdict>()(['works', 'partly', 'not_applied']);

/** Whether a language was chosen on this device (it then wins over the person's). */
function languageChosenHere(): boolean {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Field feedback in three taps from a phone, without signing in: tap what you see on the ground
 * (applied, partly, not applied), type a note (the field has the focus already), tap Send. The
 * report is recorded as the person the link was made for.
 */
export function FeedbackLinkPage() {
  const { t } = useTranslation();
  const { token } = useParams({ from: '/f/$token' });
  const { user } = useSession();
  usePageTitle(t('feedbackWeb.page.title'));
  const link = useQuery({
    queryKey: feedbackLinkQueryKey(token),
    queryFn: () => feedbackApi.link(token),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
  const locale = link.data?.locale;
  useEffect(() => {
    // The person's language, unless this device chose one (or someone is signed in here).
    if (locale && !user && !languageChosenHere() && i18n.language !== locale) {
      void i18n.changeLanguage(locale);
    }
  }, [locale, user]);

  if (link.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('feedbackWeb.page.loading')} />
      </Center>
    );
  }
  if (link.isError) {
    const gone = link.error instanceof ApiError && link.error.status === 404;
    return (
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('feedbackWeb.page.title')}
        </Title>
        {gone ? (
          <Alert color="red" role="alert">
            {t('feedbackWeb.page.notFound')}
          </Alert>
        ) : (
          <FormError error={link.error} />
        )}
      </Stack>
    );
  }
  return <FeedbackForm token={token} view={link.data} />;
}

function FeedbackForm({ token, view }: { token: string; view: FeedbackLinkView }) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const send = useMutation({
    mutationFn: (v: Verdict) => feedbackApi.reportThroughLink(token, { verdict: v, text: text.trim() }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!verdict) return;
    if (!text.trim()) {
      setError(t('form.required'));
      return;
    }
    send.mutate(verdict);
  };

  if (send.isSuccess) {
    return (
      <Stack gap="md" role="status" aria-live="polite">
        <Title order={1} size="h2">
          {t('feedbackWeb.page.sent')}
        </Title>
        <Text>
          {t('feedbackWeb.page.sentDetail', { verdict: t(`feedbackWeb.verdicts.${send.data.verdict}`) })}
        </Text>
        <Text size="sm" c="gray.7">
          {view.problem.code} · {view.problem.title}
        </Text>
        <Button
          variant="default"
          size="md"
          onClick={() => {
            send.reset();
            setVerdict(null);
            setText('');
          }}
        >
          {t('feedbackWeb.page.another')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('feedbackWeb.page.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('feedbackWeb.page.reporter', { name: view.person.fullName, mesa: view.mesa.name })}
        </Text>
      </div>
      <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="feedback-link-problem">
        <Title order={2} size="h4" id="feedback-link-problem">
          {view.problem.code} · {view.problem.title}
        </Title>
        {view.solution && (
          <Text size="sm" mt={4}>
            <Text span fw={600}>
              {t('feedbackWeb.page.solution')}:
            </Text>{' '}
            {view.solution}
          </Text>
        )}
      </Paper>
      <form onSubmit={submit} noValidate aria-labelledby="feedback-link-choose">
        <Stack gap="sm">
          <Text component="h2" fw={700} size="lg" id="feedback-link-choose">
            {t('feedbackWeb.page.choose')}
          </Text>
          <div className="feedback-link-verdicts">
            {verdicts.map((v) => (
              <button
                key={v}
                type="button"
                className="feedback-link-verdict"
                data-verdict={v}
                aria-pressed={verdict === v}
                onClick={() => {
                  setVerdict(v);
                  setError(undefined);
                }}
              >
                {t(`feedbackWeb.verdicts.${v}`)}
              </button>
            ))}
          </div>
          {verdict && (
            <>
              <FormError error={send.error} />
              <Textarea
                // Focused as soon as a verdict is tapped: typing the note costs no tap.
                autoFocus
                label={t('feedbackWeb.page.note')}
                placeholder={t('feedbackWeb.page.notePlaceholder')}
                required
                autosize
                minRows={3}
                size="md"
                value={text}
                error={error ?? fieldError(send.error, 'text')}
                onChange={(e) => {
                  setText(e.currentTarget.value);
                  setError(undefined);
                }}
              />
              <Button type="submit" size="lg" fullWidth loading={send.isPending}>
                {t('feedbackWeb.page.send')}
              </Button>
            </>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
