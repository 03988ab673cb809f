import type { DemoMesa, DemoOrganization } from './types';

export const demoOrganizations: DemoOrganization[] = [
  { name: 'Ministerio de la Producción', acronym: 'PRODUCE', kind: 'public_entity', level: 'national' },
  { name: 'Ministerio de Economía y Finanzas', acronym: 'MEF', kind: 'public_entity', level: 'national' },
  { name: 'Ministerio de Agricultura y Riego', acronym: 'MINAGRI', kind: 'public_entity', level: 'national' },
  {
    name: 'Servicio Nacional Forestal y de Fauna Silvestre',
    acronym: 'SERFOR',
    kind: 'public_entity',
    level: 'national',
    parent: 'MINAGRI',
  },
  { name: 'Asociación de Exportadores', acronym: 'ADEX', kind: 'business_association', level: 'national' },
];

export const demoMesas: DemoMesa[] = [
  {
    slug: 'forestal',
    name: 'Mesa Ejecutiva Forestal',
    kind: 'sector',
    sector: 'Forestal',
    description: 'Plantaciones forestales y manejo del bosque natural.',
    host: 'PRODUCE',
    createdOn: '2014-11-15',
    cadence: 'weekly',
    visibility: 'members',
    locale: 'es',
    lifecycle: [
      { on: '2014-12-01', to: 'active', reason: 'Instalación de la Mesa Ejecutiva Forestal en PRODUCE.' },
      { on: '2016-07-28', to: 'paused', reason: 'Cambio de gobierno.' },
      { on: '2017-02-01', to: 'active', host: 'MINAGRI', reason: 'Reinstalada en el Ministerio de Agricultura.' },
    ],
    participants: [
      { fullName: 'Lucía Paredes', position: 'Coordinadora', organization: 'PRODUCE', role: 'moderator', account: 'moderator' },
      { fullName: 'Diego Salas', position: 'Analista', organization: 'PRODUCE', role: 'team', account: 'team' },
      { fullName: 'Rosa Quispe', position: 'Directora', organization: 'SERFOR', role: 'public_rep', account: 'public_rep' },
      {
        fullName: 'Jorge Ramírez',
        position: 'Gerente de plantación',
        organization: 'ADEX',
        role: 'private_rep',
        designatedBy: 'ADEX',
        firstHandOperator: true,
        account: 'private_rep',
      },
      { fullName: 'Ana Torres', position: 'Investigadora', organization: 'ADEX', role: 'observer', account: 'observer' },
    ],
  },
];
