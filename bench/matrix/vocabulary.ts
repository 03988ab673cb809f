/**
 * Word lists and sentence builders for the generated national-scale Matrix: bottlenecks as Mesas
 * record them (mostly Spanish, some Mesas in English), with frequent, middling and rare words so that
 * full-text search has realistic work to do.
 */

/** A small deterministic pseudo-random generator (mulberry32), so every run builds the same data. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const some = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, chance, some };
}
export type Random = ReturnType<typeof randomSource>;

export const regions = [
  'Amazonas',
  'Áncash',
  'Apurímac',
  'Arequipa',
  'Ayacucho',
  'Cajamarca',
  'Callao',
  'Cusco',
  'Huancavelica',
  'Huánuco',
  'Ica',
  'Junín',
  'La Libertad',
  'Lambayeque',
  'Lima',
  'Loreto',
  'Madre de Dios',
  'Moquegua',
  'Pasco',
  'Piura',
  'Puno',
  'San Martín',
  'Tacna',
  'Tumbes',
  'Ucayali',
];

/** Sectors and cross-cutting factors a Mesa can work on: [sector text, kind, name stem]. */
export const sectors: [string, 'sector' | 'factor', string][] = [
  ['forestal', 'sector', 'Forestal'],
  ['acuicultura', 'sector', 'Acuicultura'],
  ['logística', 'factor', 'Logística'],
  ['textil y confecciones', 'sector', 'Textil y Confecciones'],
  ['agroexportación', 'sector', 'Agroexportación'],
  ['pesca artesanal', 'sector', 'Pesca Artesanal'],
  ['turismo', 'sector', 'Turismo'],
  ['cacao y chocolate', 'sector', 'Cacao y Chocolate'],
  ['café', 'sector', 'Café'],
  ['granos andinos', 'sector', 'Granos Andinos'],
  ['industrias creativas', 'sector', 'Industrias Creativas'],
  ['minería no metálica', 'sector', 'Minería No Metálica'],
  ['servicios digitales', 'factor', 'Servicios Digitales'],
  ['capital humano', 'factor', 'Capital Humano'],
  ['financiamiento pyme', 'factor', 'Financiamiento Pyme'],
  ['camélidos sudamericanos', 'sector', 'Camélidos Sudamericanos'],
  ['frutas tropicales', 'sector', 'Frutas Tropicales'],
  ['metalmecánica', 'sector', 'Metalmecánica'],
  ['energía renovable', 'factor', 'Energía Renovable'],
  ['innovación', 'factor', 'Innovación'],
];

/** Public entities that bottlenecks name as responsible: [name, acronym]. */
export const publicEntities: [string, string][] = [
  ['Autoridad Nacional del Agua', 'ANA-B'],
  ['Servicio Nacional de Sanidad Agraria', 'SENASA-B'],
  ['Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT-B'],
  ['Organismo Supervisor de la Inversión en Infraestructura de Transporte', 'OSITRAN-B'],
  ['Servicio Nacional de Certificación Ambiental', 'SENACE-B'],
  ['Dirección General de Salud Ambiental', 'DIGESA-B'],
  ['Instituto Nacional de Calidad', 'INACAL-B'],
  ['Organismo de Evaluación y Fiscalización Ambiental', 'OEFA-B'],
  ['Superintendencia Nacional de los Registros Públicos', 'SUNARP-B'],
  ['Instituto Nacional de Defensa de la Competencia', 'INDECOPI-B'],
  ['Autoridad Portuaria Nacional', 'APN-B'],
  ['Ministerio de Transportes y Comunicaciones', 'MTC-B'],
  ['Ministerio de Comercio Exterior y Turismo', 'MINCETUR-B'],
  ['Ministerio de Desarrollo Agrario y Riego', 'MIDAGRI-B'],
  ['Ministerio del Ambiente', 'MINAM-B'],
  ['Ministerio de Trabajo y Promoción del Empleo', 'MTPE-B'],
  ['Ministerio de Energía y Minas', 'MINEM-B'],
  ['Ministerio de Cultura', 'MINCUL-B'],
  ['Programa Nacional de Innovación Agraria', 'PNIA-B'],
  ['Instituto Tecnológico de la Producción', 'ITP-B'],
  ['Corporación Financiera de Desarrollo', 'COFIDE-B'],
  ['Agencia de Promoción de la Inversión Privada', 'PROINVERSION-B'],
  ['Comisión de Promoción del Perú para la Exportación y el Turismo', 'PROMPERU-B'],
  ['Servicio Nacional de Capacitación para la Industria de la Construcción', 'SENCICO-B'],
  ['Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL-B'],
  ['Instituto Geológico, Minero y Metalúrgico', 'INGEMMET-B'],
  ['Organismo de Formalización de la Propiedad Informal', 'COFOPRI-B'],
  ['Servicio Nacional de Meteorología e Hidrología', 'SENAMHI-B'],
  ['Centro Nacional de Planeamiento Estratégico', 'CEPLAN-B'],
  ['Instituto del Mar del Perú', 'IMARPE-B'],
];

/** Private-sector hosts and proposers: [name, acronym]. */
export const associations: [string, string][] = [
  ['Asociación de Exportadores de Bienes y Servicios', 'EXPORTA-B'],
  ['Sociedad Nacional de Industrias Regionales', 'SNIR-B'],
  ['Cámara de Comercio de la Macro Región Sur', 'CCMRS-B'],
  ['Gremio de Productores Agroindustriales', 'GPA-B'],
  ['Asociación de Operadores Logísticos', 'AOL-B'],
  ['Federación de Cooperativas Cafetaleras', 'FCC-B'],
  ['Consorcio de Acuicultores del Norte', 'CAN-B'],
  ['Unión de Empresas Forestales Amazónicas', 'UEFA-B'],
  ['Cámara de Turismo Receptivo', 'CTR-B'],
  ['Asociación de Fabricantes Textiles', 'AFT-B'],
];

const barriers = [
  'Demora en la aprobación de',
  'Exigencia duplicada de',
  'Falta de normativa sobre',
  'Costos excesivos de',
  'Requisitos desproporcionados para',
  'Superposición de competencias en',
  'Retrasos en la renovación de',
  'Criterios dispares de evaluación de',
  'Ausencia de ventanilla única para',
  'Plazos inciertos en la emisión de',
  'Tasas elevadas por',
  'Inspecciones repetidas para',
];

const objects = [
  'licencias de funcionamiento',
  'permisos de exportación',
  'certificados fitosanitarios',
  'concesiones forestales',
  'derechos de uso de agua',
  'autorizaciones de transporte de carga',
  'estudios de impacto ambiental',
  'registros sanitarios',
  'títulos habilitantes',
  'habilitaciones de plantas de procesamiento',
  'certificaciones de calidad',
  'autorizaciones de embarque',
  'permisos de pesca',
];

const consequences = [
  'Las empresas esperan en promedio {n} días hábiles y pierden ventanas comerciales.',
  'Los productores de {region} asumen sobrecostos de hasta {n} % del valor exportado.',
  'La inversión comprometida en {region} se posterga mientras no exista una regla clara.',
  'Cada expediente exige presentar los mismos documentos ante {n} oficinas distintas.',
  'Las pymes del sector quedan fuera del mercado formal y no acceden a crédito.',
  'Los embarques se retrasan en puerto y la cadena de frío se interrumpe.',
  'Los inspectores aplican criterios distintos en cada región, lo que genera inseguridad jurídica.',
  'El trámite no está digitalizado y obliga a viajar a Lima para cada gestión.',
  'La falta de trazabilidad impide certificar el origen legal del producto.',
  'Los compradores internacionales exigen certificación que hoy nadie emite en el país.',
  'La exoneración tributaria prevista en la ley nunca se reglamentó.',
  'No existe personal técnico suficiente para atender la demanda de evaluaciones.',
];

/** Rarer details, so that some searches find a handful of problems, not thousands. */
const rareDetails = [
  'El caso del camu camu en la cuenca del Ucayali ilustra el problema.',
  'Afecta sobre todo a la cadena del sacha inchi.',
  'Los productores de tara en Cajamarca reportan el mismo obstáculo.',
  'Se documentó un caso similar con la castaña amazónica.',
  'La langostinera artesanal de Tumbes es la más afectada.',
  'El problema se agrava durante el fenómeno de El Niño costero.',
  'Los talleres de orfebrería de Catacaos no logran exportar por esta causa.',
  'El reglamento vigente data de 1994 y no contempla la biotecnología.',
];

const englishTitles = [
  'Slow approval of export permits for {object}',
  'Duplicate customs inspections at the port of {port}',
  'No cold chain infrastructure for perishable cargo in {region}',
  'Unclear rules for {object} delay investment',
  'Long waiting times for phytosanitary certificates',
  'Customs clearance takes longer than in neighbouring countries',
  'Lack of certified laboratories for food safety testing',
  'High freight costs from {region} to the nearest port',
  'Missing regulation for digital signatures on trade documents',
  'Overlapping mandates between agencies on {object}',
];

const englishObjects = [
  'fish processing plants',
  'timber concessions',
  'textile exports',
  'fresh fruit shipments',
  'mining supplies',
  'tourism operators',
  'software services',
];

const englishConsequences = [
  'Exporters lose about {n} days per shipment and miss seasonal demand.',
  'Small firms in {region} cannot meet the requirements and stay informal.',
  'The permit must be renewed every year although nothing changes.',
  'Buyers abroad ask for a certificate that no national laboratory can issue.',
  'Trucks wait up to {n} hours at the checkpoint before the cargo is released.',
  'Investment in new capacity is on hold until the rule is clarified.',
  'The supply chain breaks whenever the cold storage at the port is full.',
];

const ports = ['Callao', 'Paita', 'Matarani', 'Ilo', 'Salaverry', 'Chimbote'];

const solutionStarts = [
  'Aprobar un decreto supremo que',
  'Modificar el reglamento para que',
  'Crear una ventanilla única digital que',
  'Suscribir un convenio interinstitucional que',
  'Emitir una resolución ministerial que',
  'Implementar un programa de asistencia técnica que',
  'Financiar mediante un fondo concursable la inversión que',
  'Establecer un protocolo de inspección conjunta que',
];

const solutionEnds = [
  'reduzca el plazo de evaluación a {n} días hábiles.',
  'elimine la exigencia duplicada de documentos.',
  'permita la aprobación automática con fiscalización posterior.',
  'unifique los criterios técnicos en todas las regiones.',
  'habilite la firma digital de los expedientes.',
  'amplíe la vigencia de la autorización a cinco años.',
  'delegue la evaluación a entidades certificadoras acreditadas.',
  'asigne personal especializado en las oficinas de {region}.',
];

const englishSolutions = [
  'Issue a supreme decree that sets a maximum of {n} working days for the permit.',
  'Create a single digital window shared by customs and the health authority.',
  'Fund a certified laboratory in {region} through a competitive grant.',
  'Allow automatic approval with later inspection for low-risk cargo.',
  'Extend the validity of the certificate to five years.',
];

const revisionReasons = [
  'La implementación mostró que el plazo propuesto no era viable.',
  'El sector privado pidió incluir a las pymes.',
  'La entidad responsable propuso un instrumento distinto.',
  'Se ajustó tras la sesión de seguimiento con el Viceministro.',
  'The pilot showed the first text left out small exporters.',
];

export const tagWords = [
  'exportación',
  'pymes',
  'digitalización',
  'regional',
  'ambiental',
  'sanitario',
  'tributario',
  'infraestructura',
  'formalización',
  'export',
  'customs',
];

const indicatorNames: [string, string, 'lower_is_better' | 'higher_is_better'][] = [
  ['Plazo de aprobación', 'días', 'lower_is_better'],
  ['Costo del trámite', 'soles', 'lower_is_better'],
  ['Expedientes aprobados al año', 'expedientes', 'higher_is_better'],
  ['Exportaciones del sector', 'millones de US$', 'higher_is_better'],
  ['Empresas formalizadas', 'empresas', 'higher_is_better'],
  ['Tiempo de despacho', 'horas', 'lower_is_better'],
];

const feedbackTexts = [
  'Ya se aplica en la oficina regional y el plazo bajó.',
  'Se aplica en Lima pero no en provincias.',
  'Los inspectores todavía no conocen la nueva norma.',
  'Funciona: el último expediente salió en la mitad del tiempo.',
  'The new rule is applied at the port since last month.',
  'Aún se exige el documento eliminado en algunas sedes.',
];

const fill = (r: Random, template: string) =>
  template
    .replace('{n}', String(r.int(3, 90)))
    .replace('{region}', r.pick(regions))
    .replace('{object}', r.pick(englishObjects))
    .replace('{port}', r.pick(ports));

export function problemText(r: Random, english: boolean): { title: string; description: string } {
  if (english) {
    const title = fill(r, r.pick(englishTitles));
    const sentences = r.some(englishConsequences, r.int(2, 3)).map((s) => fill(r, s));
    if (r.chance(0.04)) sentences.push(r.pick(rareDetails));
    return { title, description: sentences.join(' ') };
  }
  const title = `${r.pick(barriers)} ${r.pick(objects)}${r.chance(0.5) ? ` en ${r.pick(regions)}` : ''}`;
  const sentences = r.some(consequences, r.int(2, 4)).map((s) => fill(r, s));
  if (r.chance(0.04)) sentences.push(r.pick(rareDetails));
  return { title, description: sentences.join(' ') };
}

export function solutionText(r: Random, english: boolean): string {
  if (english) return fill(r, r.pick(englishSolutions));
  return `${r.pick(solutionStarts)} ${fill(r, r.pick(solutionEnds))}`;
}

export const revisionReason = (r: Random) => r.pick(revisionReasons);
export const indicator = (r: Random) => r.pick(indicatorNames);
export const feedbackText = (r: Random) => r.pick(feedbackTexts);
