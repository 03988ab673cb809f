/**
 * The time zone of a deployment that names none (TIME_ZONE), and of anything read before one is known:
 * the paper's Mesas are held in Peru.
 */
export const DEFAULT_TIME_ZONE = 'America/Lima';
