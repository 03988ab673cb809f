import type { DemoMesa, DemoOrganization, DemoParticipant } from './types';

/*
 * The Forestry, Aquaculture and Logistics Mesas Ejecutivas of Peru, as the World Bank paper
 * "Public-Private Dialogue for Modern Industrial Policies" describes them (sections 5, 5.1-5.3).
 *
 * Organizations are those the paper names for these three Mesas, plus the ministries their agencies
 * are attached to. People are invented: names and positions are realistic but belong to nobody.
 * Where the paper gives only a month (or a season) the day chosen here is illustrative; comments say so.
 * 28 July is the day a new Peruvian government takes office ("when a new government came in", July 2016).
 */

// ---------------------------------------------------------------------------------------------------
// Organizations (parents first: the seed creates them in this order)
// ---------------------------------------------------------------------------------------------------

const ministries: DemoOrganization[] = [
  // Implied parent of the regulator OSITRAN and of OSINFOR (attached to the PCM during the Mesas' first period).
  { name: 'Presidencia del Consejo de Ministros', acronym: 'PCM', kind: 'public_entity', level: 'national' },
  // Host of the eight Mesas created between December 2014 and May 2016 (section 5).
  { name: 'Ministerio de la Producción', acronym: 'PRODUCE', kind: 'public_entity', level: 'national' },
  // Host of the reinstalled Forestry Mesa since February 2017 (section 5, 5.1).
  { name: 'Ministerio de Agricultura y Riego', acronym: 'MINAGRI', kind: 'public_entity', level: 'national' },
  // "MinAm (Ministry for the Environment)" (5.1).
  { name: 'Ministerio del Ambiente', acronym: 'MINAM', kind: 'public_entity', level: 'national' },
  // Cross-cutting ministry (section 4.1, footnote 5); parent of SUNAT and COFIDE.
  { name: 'Ministerio de Economía y Finanzas', acronym: 'MEF', kind: 'public_entity', level: 'national' },
  // "Transport and Communications (MTC)" (5.3).
  {
    name: 'Ministerio de Transportes y Comunicaciones',
    acronym: 'MTC',
    kind: 'public_entity',
    level: 'national',
  },
  // "Foreign Trade and Tourism (Mincetur)" (5.3); it runs the VUCE.
  {
    name: 'Ministerio de Comercio Exterior y Turismo',
    acronym: 'MINCETUR',
    kind: 'public_entity',
    level: 'national',
  },
  // "Ministry of Interior (MININTER)" (5.3).
  { name: 'Ministerio del Interior', acronym: 'MININTER', kind: 'public_entity', level: 'national' },
  // Implied parent of SUNAFIL.
  {
    name: 'Ministerio de Trabajo y Promoción del Empleo',
    acronym: 'MTPE',
    kind: 'public_entity',
    level: 'national',
  },
  // Implied parent of SUNARP (the Public Registries).
  {
    name: 'Ministerio de Justicia y Derechos Humanos',
    acronym: 'MINJUSDH',
    kind: 'public_entity',
    level: 'national',
  },
];

const agencies: DemoOrganization[] = [
  // Forestry (5.1): "SERFOR ... in charge of policies and guidelines for the sector".
  {
    name: 'Servicio Nacional Forestal y de Fauna Silvestre',
    acronym: 'SERFOR',
    kind: 'public_entity',
    level: 'national',
    parent: 'MINAGRI',
  },
  // "The Forestry Court was also formed, an action that had been pending for eight years" (5.1).
  {
    name: 'Tribunal Forestal y de Fauna Silvestre',
    acronym: 'TFFS',
    kind: 'public_entity',
    level: 'national',
    parent: 'SERFOR',
  },
  // "OSINFOR ... takes charge of supervision and overseeing compliance" (5.1).
  {
    name: 'Organismo de Supervisión de los Recursos Forestales y de Fauna Silvestre',
    acronym: 'OSINFOR',
    kind: 'public_entity',
    level: 'national',
    parent: 'PCM',
  },
  // "the newly established Pucallpa Forestry CITE" (5.1); public CITEs belong to the Production sector.
  {
    name: 'CITE Forestal Pucallpa',
    acronym: 'CITEFOR-PUCALLPA',
    kind: 'public_entity',
    level: 'national',
    parent: 'PRODUCE',
  },
  // "a $200 million fund enabled the Development Finance Corporation (Cofide)" (5.1).
  {
    name: 'Corporación Financiera de Desarrollo',
    acronym: 'COFIDE',
    kind: 'public_entity',
    level: 'national',
    parent: 'MEF',
  },
  // Aquaculture (5.2): "The National Fisheries Health Agency (Sanipes)".
  {
    name: 'Organismo Nacional de Sanidad Pesquera',
    acronym: 'SANIPES',
    kind: 'public_entity',
    level: 'national',
    parent: 'PRODUCE',
  },
  // "wastewater discharge permits to be obtained from the National Water Authority"; "OEFA, ANA, Produce and Sanipes' duplicate procedures" (5.2).
  {
    name: 'Autoridad Nacional del Agua',
    acronym: 'ANA',
    kind: 'public_entity',
    level: 'national',
    parent: 'MINAGRI',
  },
  {
    name: 'Organismo de Evaluación y Fiscalización Ambiental',
    acronym: 'OEFA',
    kind: 'public_entity',
    level: 'national',
    parent: 'MINAM',
  },
  // "An Aquaculture Register was set up in the Public Registries" (5.2).
  {
    name: 'Superintendencia Nacional de los Registros Públicos',
    acronym: 'SUNARP',
    kind: 'public_entity',
    level: 'national',
    parent: 'MINJUSDH',
  },
  // "National Fisheries and Aquaculture Innovation Program – PNIPA" (5.2).
  {
    name: 'Programa Nacional de Innovación en Pesca y Acuicultura',
    acronym: 'PNIPA',
    kind: 'public_entity',
    level: 'national',
    parent: 'PRODUCE',
  },
  // "Innovate Peru has set up a competitive funding scheme specifically focusing on aquaculture" (5.2).
  {
    name: 'Programa Nacional de Innovación para la Competitividad y Productividad (Innóvate Perú)',
    acronym: 'INNOVATE',
    kind: 'public_entity',
    level: 'national',
    parent: 'PRODUCE',
  },
  // "the National Agricultural Health Service (Senasa)" (5.2); "Senasa prepared a Contingency Plan" (5.3).
  {
    name: 'Servicio Nacional de Sanidad Agraria',
    acronym: 'SENASA',
    kind: 'public_entity',
    level: 'national',
    parent: 'MINAGRI',
  },
  // Logistics (5.3): "Ositran" and "APN, the National Port Authority".
  {
    name: 'Organismo Supervisor de la Inversión en Infraestructura de Transporte de Uso Público',
    acronym: 'OSITRAN',
    kind: 'public_entity',
    level: 'national',
    parent: 'PCM',
  },
  {
    name: 'Autoridad Portuaria Nacional',
    acronym: 'APN',
    kind: 'public_entity',
    level: 'national',
    parent: 'MTC',
  },
  // "Provías" (5.3).
  {
    name: 'Proyecto Especial de Infraestructura de Transporte Nacional (Provías Nacional)',
    acronym: 'PROVIAS',
    kind: 'public_entity',
    level: 'national',
    parent: 'MTC',
  },
  // "the National Police (PNP)" (5.3).
  {
    name: 'Policía Nacional del Perú',
    acronym: 'PNP',
    kind: 'public_entity',
    level: 'national',
    parent: 'MININTER',
  },
  // "Sunat, the tax and customs administration" (5.3).
  {
    name: 'Superintendencia Nacional de Aduanas y de Administración Tributaria',
    acronym: 'SUNAT',
    kind: 'public_entity',
    level: 'national',
    parent: 'MEF',
  },
  // "the National Labor Inspection Office (Sunafil)" (5.3).
  {
    name: 'Superintendencia Nacional de Fiscalización Laboral',
    acronym: 'SUNAFIL',
    kind: 'public_entity',
    level: 'national',
    parent: 'MTPE',
  },
];

// Forestry (5.1): "Regional Governments"; cadaster "with San Martin and Huánuco regions";
// "Other regions (Loreto, Madre de Dios, Ucayali) are expected to join later";
// "Two regions (Ucayali and Loreto) launched this procedure in May 2017".
const regionalGovernments: DemoOrganization[] = [
  { name: 'Gobierno Regional de Ucayali', acronym: 'GORE-UCAYALI', kind: 'public_entity', level: 'regional' },
  { name: 'Gobierno Regional de Loreto', acronym: 'GORE-LORETO', kind: 'public_entity', level: 'regional' },
  {
    name: 'Gobierno Regional de San Martín',
    acronym: 'GORE-SAN-MARTIN',
    kind: 'public_entity',
    level: 'regional',
  },
  { name: 'Gobierno Regional de Huánuco', acronym: 'GORE-HUANUCO', kind: 'public_entity', level: 'regional' },
  {
    name: 'Gobierno Regional de Madre de Dios',
    acronym: 'GORE-MDD',
    kind: 'public_entity',
    level: 'regional',
  },
];

// Logistics (5.3): "the Provincial Municipality of Callao (MPC)"; "the Metropolitan Municipalities of Lima and Callao".
const municipalities: DemoOrganization[] = [
  { name: 'Municipalidad Provincial del Callao', acronym: 'MPC', kind: 'public_entity', level: 'local' },
  { name: 'Municipalidad Metropolitana de Lima', acronym: 'MML', kind: 'public_entity', level: 'local' },
];

// Logistics (5.3): "Industry is represented by the National Society of Industries (SNI), the Exporters
// Association (ADEX), the Foreign Trade Society of Peru (COMEX), the Lima Chamber of Commerce (CCL), the
// National Confederation of Private Business Institutions (Confiep), the Peruvian Association of Port
// Operators (Asppor) and the Association for Infrastructure Advancement (AFIN)".
// Forestry (5.1): "CONAFOR Perú, an association that encompasses 14 associations of small and medium size
// holders in the Amazon". The paper names no association for Aquaculture; there ADEX and SNI (which have
// sector committees) designate the private representatives.
const associations: DemoOrganization[] = [
  {
    name: 'Sociedad Nacional de Industrias',
    acronym: 'SNI',
    kind: 'business_association',
    level: 'national',
  },
  { name: 'Asociación de Exportadores', acronym: 'ADEX', kind: 'business_association', level: 'national' },
  {
    name: 'Sociedad de Comercio Exterior del Perú',
    acronym: 'COMEX',
    kind: 'business_association',
    level: 'national',
  },
  { name: 'Cámara de Comercio de Lima', acronym: 'CCL', kind: 'business_association', level: 'regional' },
  {
    name: 'Confederación Nacional de Instituciones Empresariales Privadas',
    acronym: 'CONFIEP',
    kind: 'business_association',
    level: 'national',
  },
  {
    name: 'Asociación Peruana de Operadores Portuarios',
    acronym: 'ASPPOR',
    kind: 'business_association',
    level: 'national',
  },
  {
    name: 'Asociación para el Fomento de la Infraestructura Nacional',
    acronym: 'AFIN',
    kind: 'business_association',
    level: 'national',
  },
  { name: 'CONAFOR Perú', acronym: 'CONAFOR', kind: 'business_association', level: 'national' },
];

const others: DemoOrganization[] = [
  // "the APM Terminals concessionaire" of Callao Port's North Pier (5.3).
  { name: 'APM Terminals Callao', acronym: 'APMT', kind: 'company', level: 'national' },
  // "Cayetano Heredia University (UPCH) already runs a private CITE in Tumbes region" (5.2).
  { name: 'Universidad Peruana Cayetano Heredia', acronym: 'UPCH', kind: 'academia', level: 'national' },
  // "the National University of Trujillo (UNT)", part of the truck-waiting pilot team (5.3).
  { name: 'Universidad Nacional de Trujillo', acronym: 'UNT', kind: 'academia', level: 'national' },
];

export const demoOrganizations: DemoOrganization[] = [
  ...ministries,
  ...agencies,
  ...regionalGovernments,
  ...municipalities,
  ...associations,
  ...others,
];

// ---------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------

/** The new government took office on 28 July 2016; all the Mesas "operated continuously until July 2016". */
const CHANGE_OF_GOVERNMENT = '2016-07-28';

// Forestry: launched December 2014 (section 5 list) — the day is illustrative.
const FORESTRY_LAUNCH = '2014-12-04';
// Forestry: "reinstalled ... at the Ministry of Agriculture in February 2017" — the day is illustrative.
const FORESTRY_REINSTALLED = '2017-02-16';
// Aquaculture: "Aquaculture (May 2015)" (section 5 list) — the day is illustrative.
const AQUACULTURE_LAUNCH = '2015-05-14';
// Logistics: "Logistics (February 2016)"; "operations between February and July 2016" — the day is illustrative.
const LOGISTICS_LAUNCH = '2016-02-11';

/** The Minister of Production who convened the eight Mesas (high-level body until July 2016). */
const MINISTER_OF_PRODUCTION: Omit<DemoParticipant, 'startedOn'> = {
  fullName: 'Ricardo Valdivia Montes',
  position: 'Ministro de la Producción',
  organization: 'PRODUCE',
  role: 'high_level',
  endedOn: CHANGE_OF_GOVERNMENT,
};

// ---------------------------------------------------------------------------------------------------
// Mesas
// ---------------------------------------------------------------------------------------------------

const forestry: DemoMesa = {
  slug: 'forestal',
  name: 'Mesa Ejecutiva Forestal',
  kind: 'sector',
  sector: 'Forestal',
  description:
    'Plantaciones forestales y concesiones forestales en la Amazonía. De 7,9 millones de hectáreas de bosque ' +
    'concesionado, menos de dos millones están en operación, y los Andes y la Amazonía tienen unos nueve ' +
    'millones de hectáreas potencialmente reforestables; aun así el Perú exporta solo unos US$150 millones ' +
    'al año en productos forestales (Chile, US$5500 millones). La Mesa identificó tres tipos de barreras: ' +
    'regulación deficiente y exceso de trámites, falta de innovación y baja productividad, y financiamiento ' +
    'insuficiente. Reglamentó la Ley Forestal y de Fauna Silvestre en septiembre de 2015: registrar una ' +
    'plantación pasó de 6-12 meses a tres días. Instalada en el Ministerio de la Producción en diciembre de ' +
    '2014 y reinstalada en el Ministerio de Agricultura y Riego en febrero de 2017 a pedido del sector ' +
    'privado, ahora con pequeños productores (CONAFOR Perú) y los gobiernos regionales.',
  host: 'PRODUCE',
  // The candidate is recorded a few weeks before its launch; the day is illustrative.
  createdOn: '2014-11-17',
  cadence: 'weekly',
  visibility: 'members',
  locale: 'es',
  lifecycle: [
    {
      on: FORESTRY_LAUNCH,
      to: 'active',
      reason:
        'Instalación de la Mesa Ejecutiva Forestal en el Ministerio de la Producción, la primera de las Mesas Ejecutivas.',
    },
    {
      on: CHANGE_OF_GOVERNMENT,
      to: 'paused',
      reason: 'Cambio de gobierno: el nuevo gobierno modifica la metodología y la Mesa deja de sesionar.',
    },
    {
      on: FORESTRY_REINSTALLED,
      to: 'active',
      host: 'MINAGRI',
      reason:
        'Reinstalada a pedido del sector privado en el Ministerio de Agricultura y Riego, con nuevos actores: ' +
        'pequeños productores de CONAFOR Perú y los gobiernos regionales.',
    },
  ],
  participants: [
    // Dedicated team at PRODUCE, which left when the Mesa moved to MINAGRI.
    {
      fullName: 'Carolina Benavides Ugarte',
      position: 'Coordinadora de Mesas Ejecutivas, Despacho Ministerial',
      organization: 'PRODUCE',
      role: 'moderator',
      startedOn: FORESTRY_LAUNCH,
      endedOn: CHANGE_OF_GOVERNMENT,
    },
    {
      fullName: 'Martín Cárdenas Oré',
      position: 'Analista de la Mesa Ejecutiva Forestal, Despacho Ministerial',
      organization: 'PRODUCE',
      role: 'team',
      startedOn: FORESTRY_LAUNCH,
      endedOn: CHANGE_OF_GOVERNMENT,
    },
    { ...MINISTER_OF_PRODUCTION, startedOn: FORESTRY_LAUNCH },
    // Dedicated team at MINAGRI since the reinstallation.
    {
      fullName: 'Lucía Paredes Villanueva',
      position: 'Coordinadora de la Mesa Ejecutiva Forestal, Despacho Ministerial',
      organization: 'MINAGRI',
      role: 'moderator',
      startedOn: FORESTRY_REINSTALLED,
      account: 'moderator',
    },
    {
      fullName: 'Diego Salas Huamán',
      position: 'Especialista de la Mesa Ejecutiva Forestal, Despacho Ministerial',
      organization: 'MINAGRI',
      role: 'team',
      startedOn: FORESTRY_REINSTALLED,
      account: 'team',
    },
    {
      fullName: 'Milagros Cueva Rengifo',
      position: 'Asesora legal de la Mesa Ejecutiva Forestal, Despacho Ministerial',
      organization: 'MINAGRI',
      role: 'team',
      startedOn: FORESTRY_REINSTALLED,
    },
    {
      fullName: 'Fernando Alvarado Tello',
      position: 'Viceministro de Políticas Agrarias',
      organization: 'MINAGRI',
      role: 'high_level',
      startedOn: FORESTRY_REINSTALLED,
    },
    // Public sector: the two main agencies are regular participants; others attend for specific problems.
    {
      fullName: 'Rosa Quispe Mamani',
      position: 'Directora General de Política y Competitividad Forestal y de Fauna Silvestre',
      organization: 'SERFOR',
      role: 'public_rep',
      startedOn: FORESTRY_LAUNCH,
      account: 'public_rep',
    },
    {
      fullName: 'Hugo Tapia Alvarado',
      position: 'Director General de Gestión Sostenible del Patrimonio Forestal y de Fauna Silvestre',
      organization: 'SERFOR',
      role: 'public_rep',
      startedOn: FORESTRY_LAUNCH,
    },
    {
      fullName: 'Carlos Mendoza Vílchez',
      position: 'Director de Supervisión Forestal y de Fauna Silvestre',
      organization: 'OSINFOR',
      role: 'public_rep',
      startedOn: FORESTRY_LAUNCH,
    },
    {
      fullName: 'Elena Sifuentes Carranza',
      position: 'Especialista en bosques, Dirección General de Diversidad Biológica',
      organization: 'MINAM',
      role: 'public_rep',
      occasional: true,
      startedOn: FORESTRY_LAUNCH,
    },
    {
      fullName: 'Javier Ormeño Castillo',
      position: 'Ejecutivo de financiamiento forestal, Gerencia de Negocios',
      organization: 'COFIDE',
      role: 'public_rep',
      occasional: true,
      startedOn: FORESTRY_LAUNCH,
    },
    {
      fullName: 'Teresa Flores Saavedra',
      position: 'Directora del CITE Forestal Pucallpa',
      organization: 'CITEFOR-PUCALLPA',
      role: 'public_rep',
      occasional: true,
      startedOn: FORESTRY_REINSTALLED,
    },
    {
      fullName: 'Luis Ahuanari Pacaya',
      position: 'Gerente Regional Forestal y de Fauna Silvestre',
      organization: 'GORE-UCAYALI',
      role: 'public_rep',
      startedOn: FORESTRY_REINSTALLED,
    },
    {
      fullName: 'Edwin Tamani Murayari',
      position: 'Gerente Regional de Desarrollo Forestal y de Fauna Silvestre',
      organization: 'GORE-LORETO',
      role: 'public_rep',
      occasional: true,
      startedOn: FORESTRY_REINSTALLED,
    },
    {
      fullName: 'Maritza Vela Panduro',
      position: 'Especialista en catastro forestal, Autoridad Regional Ambiental',
      organization: 'GORE-SAN-MARTIN',
      role: 'public_rep',
      occasional: true,
      startedOn: FORESTRY_REINSTALLED,
    },
    // Private sector: designated by associations, mostly first-hand operators.
    {
      fullName: 'Jorge Ramírez Tuesta',
      position: 'Gerente general de una empresa de plantaciones forestales en Ucayali (socia de ADEX)',
      organization: 'ADEX',
      role: 'private_rep',
      designatedBy: 'ADEX',
      firstHandOperator: true,
      startedOn: FORESTRY_LAUNCH,
      account: 'private_rep',
    },
    {
      fullName: 'Raúl Pinedo Shapiama',
      position: 'Titular de una concesión forestal maderable en Loreto (socio de ADEX)',
      organization: 'ADEX',
      role: 'private_rep',
      designatedBy: 'ADEX',
      firstHandOperator: true,
      startedOn: FORESTRY_LAUNCH,
    },
    {
      fullName: 'Víctor Huamán Pinedo',
      position:
        'Gerente de operaciones de un aserradero y fábrica de pisos en Madre de Dios (socio de la SNI)',
      organization: 'SNI',
      role: 'private_rep',
      designatedBy: 'SNI',
      firstHandOperator: true,
      startedOn: FORESTRY_LAUNCH,
    },
    {
      fullName: 'Patricia Gálvez Ríos',
      position: 'Coordinadora del Comité de Madera e Industrias de la Madera',
      organization: 'ADEX',
      role: 'private_rep',
      designatedBy: 'ADEX',
      firstHandOperator: false,
      startedOn: FORESTRY_LAUNCH,
    },
    {
      fullName: 'Eusebio Rengifo Panduro',
      position: 'Presidente de CONAFOR Perú; pequeño productor forestal de Ucayali',
      organization: 'CONAFOR',
      role: 'private_rep',
      designatedBy: 'CONAFOR',
      firstHandOperator: true,
      startedOn: FORESTRY_REINSTALLED,
    },
    {
      fullName: 'Nilda Amasifuén Tuanama',
      position: 'Productora forestal de una asociación de base de CONAFOR Perú en San Martín',
      organization: 'CONAFOR',
      role: 'private_rep',
      designatedBy: 'CONAFOR',
      firstHandOperator: true,
      startedOn: FORESTRY_REINSTALLED,
    },
    // Observer: a cross-cutting ministry following the Mesa (section 4.1, footnote 5).
    {
      fullName: 'Ana Torres Lozano',
      position:
        'Especialista de la Dirección General de Asuntos de Economía Internacional, Competencia y Productividad',
      organization: 'MEF',
      role: 'observer',
      startedOn: FORESTRY_REINSTALLED,
      account: 'observer',
    },
  ],
};

const aquaculture: DemoMesa = {
  slug: 'acuicola',
  name: 'Mesa Ejecutiva Acuícola',
  kind: 'sector',
  sector: 'Acuicultura',
  description:
    'Acuicultura en el mar, la Amazonía y los Andes. El Perú tiene ventajas comparativas claras (agua ' +
    'abundante, sol, un mercado laboral flexible y energía barata) y sus exportaciones acuícolas crecen casi ' +
    '25% al año, pero llegan a unos US$250 millones, la décima parte que las de Ecuador. La Mesa identificó ' +
    'obstáculos regulatorios, trabas burocráticas, barreras a la inversión en I+D+i y problemas de sanidad. ' +
    'Con una visión centrada en la acuicultura y no en la pesca se promulgó la Ley General de Acuicultura ' +
    '(agosto de 2015) y su reglamento (marzo de 2016): se creó el Registro Acuícola en los Registros Públicos, ' +
    'obtener una concesión pasó de hasta dos años a seis meses y se eliminaron procedimientos duplicados de ' +
    'OEFA, ANA, PRODUCE y Sanipes.',
  host: 'PRODUCE',
  // "Also in early 2015, the Aquaculture Mesa Ejecutiva was set up" (5.2); the day is illustrative.
  createdOn: '2015-02-16',
  cadence: 'biweekly',
  visibility: 'members',
  locale: 'es',
  lifecycle: [
    {
      on: AQUACULTURE_LAUNCH,
      to: 'active',
      reason: 'Instalación de la Mesa Ejecutiva Acuícola en el Ministerio de la Producción.',
    },
    {
      on: CHANGE_OF_GOVERNMENT,
      to: 'paused',
      reason: 'Cambio de gobierno: la Mesa operó de forma continua hasta julio de 2016.',
    },
  ],
  participants: [
    {
      fullName: 'Claudia Ruiz Barreto',
      position: 'Coordinadora de la Mesa Ejecutiva Acuícola, Despacho Ministerial',
      organization: 'PRODUCE',
      role: 'moderator',
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Andrés Linares Chumpitaz',
      position: 'Analista de la Mesa Ejecutiva Acuícola, Despacho Ministerial',
      organization: 'PRODUCE',
      role: 'team',
      startedOn: AQUACULTURE_LAUNCH,
    },
    { ...MINISTER_OF_PRODUCTION, startedOn: AQUACULTURE_LAUNCH },
    {
      fullName: 'Gustavo Peña Arévalo',
      position: 'Director General de Acuicultura, Despacho Viceministerial de Pesca y Acuicultura',
      organization: 'PRODUCE',
      role: 'public_rep',
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Mónica Sánchez Yupanqui',
      position: 'Directora Sanitaria y de Normatividad Pesquera y Acuícola',
      organization: 'SANIPES',
      role: 'public_rep',
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Rubén Castro Ñique',
      position: 'Especialista de la Dirección de Calidad de los Recursos Hídricos',
      organization: 'ANA',
      role: 'public_rep',
      occasional: true,
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Karina Espejo Luna',
      position: 'Especialista de la Dirección de Supervisión',
      organization: 'OEFA',
      role: 'public_rep',
      occasional: true,
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Alberto Ríos Sialer',
      position: 'Registrador público, Registro de Predios',
      organization: 'SUNARP',
      role: 'public_rep',
      occasional: true,
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Verónica Lazo Herrera',
      position: 'Especialista de fondos concursables',
      organization: 'INNOVATE',
      role: 'public_rep',
      occasional: true,
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Óscar Zapata Nole',
      position: 'Gerente general de una empresa langostinera en Tumbes',
      organization: 'SNI',
      role: 'private_rep',
      designatedBy: 'SNI',
      firstHandOperator: true,
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Mariela Chávez Cornejo',
      position: 'Gerente de producción de un cultivo de concha de abanico en Sechura, Piura',
      organization: 'ADEX',
      role: 'private_rep',
      designatedBy: 'ADEX',
      firstHandOperator: true,
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Wilber Condori Apaza',
      position: 'Productor de trucha en jaulas flotantes del lago Titicaca, Puno',
      organization: 'ADEX',
      role: 'private_rep',
      designatedBy: 'ADEX',
      firstHandOperator: true,
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Silvia Delgado Paz',
      position: 'Coordinadora del Comité de Acuicultura',
      organization: 'SNI',
      role: 'private_rep',
      designatedBy: 'SNI',
      firstHandOperator: false,
      startedOn: AQUACULTURE_LAUNCH,
    },
    {
      fullName: 'Pedro Villacorta Lama',
      position: 'Investigador del centro de innovación acuícola de la universidad en Tumbes',
      organization: 'UPCH',
      role: 'observer',
      startedOn: AQUACULTURE_LAUNCH,
    },
  ],
};

const logistics: DemoMesa = {
  slug: 'logistica',
  name: 'Mesa Ejecutiva de Logística',
  kind: 'factor',
  sector: 'Logística',
  description:
    'Mesa transversal sobre los procesos logísticos de las cadenas de valor: desde la entrega de materias ' +
    'primas hasta la del producto al cliente, incluido el transporte multimodal, el almacenamiento y la ' +
    'inspección aduanera. Identificó cuatro tipos de barreras: servicios portuarios inadecuados del ' +
    'concesionario del Muelle Norte del Callao, gestión ineficiente del tráfico, carreteras peligrosas y ' +
    'problemas regulatorios y de trámites. Entre febrero y julio de 2016 el concesionario se comprometió a ' +
    'comprar equipos por unos US$9,8 millones para cumplir los niveles de servicio y productividad, la espera ' +
    'de los camiones en APM Terminals bajó de seis a dos horas y SUNAT, SENASA y SUNAFIL simplificaron ' +
    'trámites a pedido de la Mesa.',
  host: 'PRODUCE',
  // Recorded as a candidate shortly before its launch; the day is illustrative.
  createdOn: '2016-01-20',
  cadence: 'weekly',
  visibility: 'public',
  locale: 'es',
  lifecycle: [
    {
      on: LOGISTICS_LAUNCH,
      to: 'active',
      reason: 'Instalación de la Mesa Ejecutiva Transversal de Logística en el Ministerio de la Producción.',
    },
    {
      on: CHANGE_OF_GOVERNMENT,
      to: 'paused',
      reason: 'Cambio de gobierno: la Mesa operó entre febrero y julio de 2016.',
    },
  ],
  participants: [
    {
      fullName: 'Renzo Olivares Campos',
      position: 'Coordinador de la Mesa Ejecutiva de Logística, Despacho Ministerial',
      organization: 'PRODUCE',
      role: 'moderator',
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Fiorella Matos Espinoza',
      position: 'Especialista en transporte y logística, Despacho Ministerial',
      organization: 'PRODUCE',
      role: 'team',
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Sebastián Quiroz León',
      position: 'Analista de la Mesa Ejecutiva de Logística, Despacho Ministerial',
      organization: 'PRODUCE',
      role: 'team',
      startedOn: LOGISTICS_LAUNCH,
    },
    { ...MINISTER_OF_PRODUCTION, startedOn: LOGISTICS_LAUNCH },
    // Public sector: "officials from the ministries of Production (Produce); Transport and Communications
    // (MTC); and Foreign Trade and Tourism (Mincetur), and also from ... Ositran and APN".
    {
      fullName: 'Héctor Gamarra Soto',
      position: 'Director General de Transporte Terrestre',
      organization: 'MTC',
      role: 'public_rep',
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Cecilia Arana Velarde',
      position: 'Coordinadora de la Ventanilla Única de Comercio Exterior (VUCE)',
      organization: 'MINCETUR',
      role: 'public_rep',
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Manuel Yáñez Correa',
      position: 'Gerente de Supervisión y Fiscalización',
      organization: 'OSITRAN',
      role: 'public_rep',
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Jorge Luis Bravo Cárdenas',
      position: 'Director de Operaciones y Calidad',
      organization: 'APN',
      role: 'public_rep',
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Rocío Montalvo Prado',
      position: 'Especialista en comercio exterior, Despacho Viceministerial de MYPE e Industria',
      organization: 'PRODUCE',
      role: 'public_rep',
      startedOn: LOGISTICS_LAUNCH,
    },
    // Attending for specific problems (customs, VUCE contingency plan, warehouse safety, truck traffic).
    {
      fullName: 'Alejandro Núñez Valdez',
      position: 'Especialista de la Intendencia de Aduana Marítima del Callao',
      organization: 'SUNAT',
      role: 'public_rep',
      occasional: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Gloria Campos Rivera',
      position: 'Especialista de la Subdirección de Cuarentena Vegetal',
      organization: 'SENASA',
      role: 'public_rep',
      occasional: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Iván Reátegui Salazar',
      position: 'Inspector de trabajo, Intendencia de Lima Metropolitana',
      organization: 'SUNAFIL',
      role: 'public_rep',
      occasional: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Daniel Cabrera Ruiz',
      position: 'Mayor PNP, jefe de la unidad de tránsito del Callao',
      organization: 'PNP',
      role: 'public_rep',
      occasional: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Liliana Ponce Medina',
      position: 'Especialista de la Dirección General de Orden Público',
      organization: 'MININTER',
      role: 'public_rep',
      occasional: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Ernesto Salinas Cruz',
      position: 'Especialista en gestión vial',
      organization: 'PROVIAS',
      role: 'public_rep',
      occasional: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Walter Huertas Gallo',
      position: 'Gerente General de Transporte Urbano',
      organization: 'MPC',
      role: 'public_rep',
      occasional: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Susana Loayza Pérez',
      position: 'Subgerente de Ingeniería de Tránsito',
      organization: 'MML',
      role: 'public_rep',
      occasional: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    // Private sector, designated by the seven associations the paper names.
    {
      fullName: 'Roberto Aguirre Llosa',
      position: 'Jefe de logística de una planta de envases en Lima',
      organization: 'SNI',
      role: 'private_rep',
      designatedBy: 'SNI',
      firstHandOperator: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Cristina Mejía Olaya',
      position: 'Gerente de comercio exterior de una agroexportadora de Ica',
      organization: 'ADEX',
      role: 'private_rep',
      designatedBy: 'ADEX',
      firstHandOperator: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Felipe Ugaz Ramos',
      position: 'Gerente de operaciones de un almacén aduanero en el Callao',
      organization: 'ASPPOR',
      role: 'private_rep',
      designatedBy: 'ASPPOR',
      firstHandOperator: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Miguel Ángel Cornejo Díaz',
      position: 'Gerente de logística de una empresa importadora',
      organization: 'CCL',
      role: 'private_rep',
      designatedBy: 'CCL',
      firstHandOperator: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Daniela Ferreyra Gil',
      position: 'Gerente de Estudios Económicos',
      organization: 'COMEX',
      role: 'private_rep',
      designatedBy: 'COMEX',
      firstHandOperator: false,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Tomás Bedoya Vargas',
      position: 'Asesor de infraestructura y logística',
      organization: 'CONFIEP',
      role: 'private_rep',
      designatedBy: 'CONFIEP',
      firstHandOperator: false,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Andrea Palomino Ruiz',
      position: 'Especialista en infraestructura portuaria',
      organization: 'AFIN',
      role: 'private_rep',
      designatedBy: 'AFIN',
      firstHandOperator: false,
      startedOn: LOGISTICS_LAUNCH,
    },
    // The North Pier concessionaire, invited when its service levels were on the agenda.
    {
      fullName: 'Ricardo Benítez Lozada',
      position: 'Gerente de operaciones del Muelle Norte',
      organization: 'APMT',
      role: 'private_rep',
      firstHandOperator: true,
      occasional: true,
      startedOn: LOGISTICS_LAUNCH,
    },
    {
      fullName: 'Gisela Morales Rebaza',
      position: 'Investigadora en ingeniería de transportes',
      organization: 'UNT',
      role: 'observer',
      startedOn: LOGISTICS_LAUNCH,
    },
  ],
};

export const demoMesas: DemoMesa[] = [forestry, aquaculture, logistics];
