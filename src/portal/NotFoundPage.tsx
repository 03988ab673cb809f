import { Layout, linkTo, type PageContext } from './Layout';
import { portalPaths } from './urls';

/** The answer for an address the portal does not publish: unknown, unpublished or not public alike. */
export function NotFoundPage({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <Layout
      page={page}
      title={t('portal.notFound.title')}
      description={t('portal.notFound.text')}
      path={null}
    >
      <h1>{t('portal.notFound.title')}</h1>
      <p>{t('portal.notFound.text')}</p>
      <p>
        <a href={linkTo(page, portalPaths.portfolio())}>{t('portal.notFound.back')}</a>
      </p>
    </Layout>
  );
}
