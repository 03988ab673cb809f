/** A licence as a Data Package declares it: an Open Definition identifier, its text's address, a title. */
export interface PackageLicense {
  name: string;
  path?: string;
  title?: string;
}

/** The open-data licences Mesas knows by identifier. */
const known: Record<string, { path: string; title: string }> = {
  'CC-BY-4.0': {
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0',
  },
  'CC-BY-SA-4.0': {
    path: 'https://creativecommons.org/licenses/by-sa/4.0/',
    title: 'Creative Commons Attribution Share-Alike 4.0',
  },
  'CC0-1.0': {
    path: 'https://creativecommons.org/publicdomain/zero/1.0/',
    title: 'CC0 1.0 Universal',
  },
  'ODC-BY-1.0': {
    path: 'https://opendatacommons.org/licenses/by/1-0/',
    title: 'Open Data Commons Attribution License 1.0',
  },
  'ODbL-1.0': {
    path: 'https://opendatacommons.org/licenses/odbl/1-0/',
    title: 'Open Data Commons Open Database License 1.0',
  },
  'PDDL-1.0': {
    path: 'https://opendatacommons.org/licenses/pddl/1-0/',
    title: 'Open Data Commons Public Domain Dedication and License 1.0',
  },
};

/** The licence of the deployment's open data (OPEN_DATA_LICENSE, OPEN_DATA_LICENSE_URL). */
export function packageLicense(name: string, url?: string | undefined): PackageLicense {
  const match = Object.entries(known).find(([id]) => id.toLowerCase() === name.toLowerCase());
  if (match) {
    const [id, about] = match;
    return { name: id, path: url ?? about.path, title: about.title };
  }
  return url ? { name, path: url } : { name };
}
