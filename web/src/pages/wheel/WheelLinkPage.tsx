import { Alert, Button, Center, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { FormError, usePageTitle } from '../../components/common';
import { i18n, LOCALE_STORAGE_KEY } from '../../i18n';
import { recordText } from '../../i18n/recordWords';
import { useSession } from '../../session';
import { type WheelForm, wheelApi, wheelKeys } from './wheelApi';

const SCORES = ['1', '2', '3', '4', '5', '0'] as const;

function languageChosenHere(): boolean {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * A round of the Evaluation Wheel answered from the mail's link on a phone, without signing in: one
 * row of six buttons per statement (1 to 5, ? for "don't know"), then Send. Answers are anonymous.
 */
export function WheelLinkPage() {
  const { t } = useTranslation();
  const { token } = useParams({ from: '/w/$token' });
  const { user } = useSession();
  usePageTitle(t('wheelWeb.answer.title'));
  const form = useQuery({
    queryKey: wheelKeys.link(token),
    queryFn: () => wheelApi.link(token),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
  const locale = form.data?.locale;
  useEffect(() => {
    if (locale && !user && !languageChosenHere() && i18n.language !== locale)
      void i18n.changeLanguage(locale);
  }, [locale, user]);

  if (form.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (form.isError) {
    const gone = form.error instanceof ApiError && form.error.status === 404;
    return (
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('wheelWeb.answer.title')}
        </Title>
        {gone ? (
          <Alert color="red" role="alert">
            {t('wheelWeb.answer.notFound')}
          </Alert>
        ) : (
          <FormError error={form.error} />
        )}
      </Stack>
    );
  }
  return <AnswerForm token={token} form={form.data} />;
}

function AnswerForm({ token, form }: { token: string; form: WheelForm }) {
  const { t, i18n: i18next } = useTranslation();
  const [scores, setScores] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState(0);
  const send = useMutation({
    mutationFn: () =>
      wheelApi.answerThroughLink(token, {
        answers: form.questions.map((q) => ({ questionId: q.id, score: Number(scores[q.id]) })),
      }),
  });

  const header = (
    <div>
      <Title order={1} size="h2">
        {t('wheelWeb.answer.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('wheelWeb.answer.for', { name: form.person.fullName, mesa: form.mesa.name })}
      </Text>
    </div>
  );
  if (send.isSuccess || form.answered || !form.open) {
    const message = send.isSuccess
      ? t('wheelWeb.answer.sent')
      : form.answered
        ? t('wheelWeb.answer.already')
        : t('wheelWeb.answer.closed');
    return (
      <Stack gap="md" role="status" aria-live="polite">
        {header}
        <Text>{message}</Text>
      </Stack>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const left = form.questions.filter((q) => scores[q.id] === undefined).length;
    setMissing(left);
    if (left === 0) send.mutate();
  };
  let dimension = '';
  return (
    <Stack gap="md">
      {header}
      <Text size="sm">{t('wheelWeb.answer.anonymous')}</Text>
      <Text size="sm" fw={600}>
        {t('wheelWeb.answer.scale')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {form.questions.map((q) => {
            const heading = q.dimension !== dimension;
            dimension = q.dimension;
            const text = recordText(i18next, i18next.language, q.textEs, q.textEn);
            return (
              <div key={q.id}>
                {heading && (
                  <Title order={2} size="h4" mt="sm" mb={4}>
                    {t(`wheel.dimensions.${q.dimension}`)}
                  </Title>
                )}
                <Paper withBorder p="sm" radius="md">
                  <Text size="sm" mb={6} id={`wheel-q-${q.id}`}>
                    {text}
                  </Text>
                  <SegmentedControl
                    fullWidth
                    aria-labelledby={`wheel-q-${q.id}`}
                    value={scores[q.id] ?? ''}
                    onChange={(v) => setScores((s) => ({ ...s, [q.id]: v }))}
                    data={SCORES.map((s) => ({
                      value: s,
                      label: s === '0' ? t('wheelWeb.answer.dontKnow') : s,
                    }))}
                  />
                </Paper>
              </div>
            );
          })}
          {missing > 0 && (
            <Alert color="orange" role="alert">
              {t('wheelWeb.answer.missing', { count: missing })}
            </Alert>
          )}
          <FormError error={send.error} />
          <Button type="submit" size="lg" fullWidth loading={send.isPending}>
            {t('wheelWeb.answer.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
