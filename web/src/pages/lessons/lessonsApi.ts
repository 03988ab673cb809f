/**
 * The lessons part of the API client: a Mesa's lessons, those drawn on a problem, the similar lessons
 * of other Mesas, and writing, editing and deleting one. Built on the shared request helpers of `api.ts`.
 */
import type { RequestBody, ResponseBody } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';

export type LessonList = ResponseBody<'/api/mesas/{id}/lessons', 'get'>;
export type Lesson = LessonList['lessons'][number];
export type SimilarLesson = ResponseBody<'/api/problems/{id}/similar-lessons', 'get'>['lessons'][number];
export type CreateLesson = RequestBody<'/api/mesas/{id}/lessons', 'post'>;
export type UpdateLesson = RequestBody<'/api/lessons/{id}', 'patch'>;
export type LessonVisibility = Lesson['visibility'];
export type LessonOutcome = NonNullable<Lesson['outcome']>;

const path = (id: string) => ({ params: { path: { id } } });

export const lessonsApi = {
  ofMesa: (mesaId: string) => unwrap(client.GET('/api/mesas/{id}/lessons', path(mesaId))),
  ofProblem: (problemId: string) => unwrap(client.GET('/api/problems/{id}/lessons', path(problemId))),
  similar: (problemId: string) => unwrap(client.GET('/api/problems/{id}/similar-lessons', path(problemId))),
  create: (mesaId: string, body: CreateLesson) =>
    unwrap(client.POST('/api/mesas/{id}/lessons', { ...path(mesaId), body })),
  update: (lessonId: string, body: UpdateLesson) =>
    unwrap(client.PATCH('/api/lessons/{id}', { ...path(lessonId), body })),
  remove: (lessonId: string) => unwrap(client.DELETE('/api/lessons/{id}', path(lessonId))),
};

/** Every cached list of lessons starts with this key, so one invalidation refreshes them all. */
export const lessonsKey = ['lessons'] as const;
export const mesaLessonsQueryKey = (mesaId: string) => ['lessons', 'mesa', mesaId] as const;
export const problemLessonsQueryKey = (problemId: string) => ['lessons', 'problem', problemId] as const;
export const similarLessonsQueryKey = (problemId: string) => ['lessons', 'similar', problemId] as const;
