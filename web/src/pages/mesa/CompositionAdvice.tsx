import { List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MesaDetail } from '../../api';
import { SectionHeading } from '../../components/headings';
import { intlLocale } from '../../format';

/**
 * The composition advice of section 4.1, in figures: how many private representatives are association
 * staff rather than first-hand operators, whether small producers are represented, and whether the
 * dedicated team is a neutral broker. The warnings themselves are listed above it.
 */
export function CompositionAdvice({ mesa }: { mesa: MesaDetail }) {
  const { t, i18n } = useTranslation();
  const c = mesa.composition;
  const percent = (share: number) =>
    new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent' }).format(share);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="composition-advice-title">
      <Stack gap="sm">
        <SectionHeading
          id="composition-advice-title"
          title={t('assessmentsWeb.composition.title')}
          help={t('assessmentsWeb.composition.help')}
        />
        <List size="sm" spacing="xs">
          <List.Item>
            {c.staffShare === null
              ? t('assessmentsWeb.composition.noPrivateReps')
              : t('assessmentsWeb.composition.staffShare', {
                  staff: c.associationStaff,
                  total: c.privateReps,
                  share: percent(c.staffShare),
                })}{' '}
            {c.staffShare !== null && (
              <Text span size="sm" c={c.mostlyStaff ? 'red.9' : 'gray.7'}>
                {c.mostlyStaff
                  ? t('assessmentsWeb.composition.mostlyStaff')
                  : t('assessmentsWeb.composition.staffOk')}
              </Text>
            )}
          </List.Item>
          <List.Item>
            {c.smallProducersRepresented
              ? t('assessmentsWeb.composition.smallProducers', { count: c.smallProducerReps })
              : t('assessmentsWeb.composition.noSmallProducers')}
          </List.Item>
          <List.Item>
            {c.teamWithSectorResponsibility > 0 ? (
              <Text span size="sm" c="red.9">
                {t('assessmentsWeb.composition.teamNotNeutral', { count: c.teamWithSectorResponsibility })}
              </Text>
            ) : (
              t('assessmentsWeb.composition.teamNeutral')
            )}
          </List.Item>
        </List>
      </Stack>
    </Paper>
  );
}
