import { z } from 'zod';
import { importReport } from '../schemas/archive';
import { assessment, assessmentList, assessmentMeeting, assessmentQuestion } from '../schemas/assessments';
import { auditTrail, auditTrailEntry, auditVerification } from '../schemas/audit';
import { createdToken, me, tokenSummary } from '../schemas/auth';
import { calendarFeedCreated, calendarFeedRevoked, calendarFeedStatus } from '../schemas/calendar';
import {
  boardCommitment,
  chaseResult,
  commitment,
  commitmentBoard,
  commitmentDetail,
  commitmentDueChange,
  commitmentList,
  commitmentMeetingRef,
  commitmentReport,
  progressResult,
} from '../schemas/commitments';
import { errorEnvelope, orgRef, personRef } from '../schemas/common';
import {
  cadencePoint,
  cadenceStanding,
  circlingProblem,
  continuityPoint,
  escalationAges,
  mesaMetricsResponse,
  momentumPoint,
  portfolioAdvice,
  portfolioMesa,
  portfolioResponse,
  scorecardRow,
} from '../schemas/dashboards';
import { account, auditEvent, emailChangeRequested, organization, person } from '../schemas/directory';
import { escalationDetail, escalationEvent, escalationList } from '../schemas/escalations';
import { importPreview, importResult, rowError } from '../schemas/exports';
import { feedbackLinkCreated, feedbackLinkReported, feedbackLinkView } from '../schemas/field-feedback';
import { followedRecord, followList, followState } from '../schemas/follows';
import { homeCommitment, homeEscalation, homeMesa, homeProblem, homeResponse } from '../schemas/home';
import { lesson, lessonList, similarLessonList } from '../schemas/lessons';
import { outboxMessage, outboxMessageDetail, outboxPage } from '../schemas/mail';
import {
  category,
  categoryRef,
  feedback,
  feedbackResult,
  indicator,
  latestSolution,
  matrixProblem,
  matrixResponse,
  problemDetail,
  solution,
  solutionVersion,
  statusEvent,
} from '../schemas/matrix';
import { matrixView, matrixViewList } from '../schemas/matrix-views';
import {
  agendaItem,
  agendaResponse,
  decision,
  meetingCommitment,
  meetingDetail,
  meetingList,
  meetingPerson,
  meetingSummary,
  minutesResponse,
  minutesVersionSummary,
  organizationAttendance,
} from '../schemas/meetings';
import { mesaDetail, mesaEvent, mesaSummary, participant, participantGroup } from '../schemas/mesas';
import { signInOptions } from '../schemas/oidc';
import {
  problemSummary,
  publicMesa,
  publicMesaSummary,
  publicPortfolio,
  publicProblem,
} from '../schemas/public';
import { searchHit, searchResult } from '../schemas/search';

/**
 * The named schemas of the OpenAPI document (`#/components/schemas/<name>`), by name. The typed client
 * takes these names for its types, so a name is part of the contract: PascalCase, singular, the word the
 * product uses. An answer that holds one of these schemas refers to it instead of repeating it; a schema
 * no operation uses is left out of the document.
 *
 * Only schemas of answers are named: request bodies stay inline in their operation. A schema named here
 * and also read from a request would appear a second time, as `<name>Input`; test/api/openapi.test.ts
 * refuses that.
 */
export const components: Record<string, z.ZodType> = {
  Error: errorEnvelope,

  OrganizationRef: orgRef,
  PersonRef: personRef,
  MeetingRef: commitmentMeetingRef,
  CategoryRef: categoryRef,

  // Mesas and who takes part
  Mesa: mesaSummary,
  MesaDetail: mesaDetail,
  MesaEvent: mesaEvent,
  Participant: participant,
  ParticipantGroup: participantGroup,
  Organization: organization,
  Person: person,
  EmailChangeRequest: emailChangeRequested,

  // Accounts, sign-in, audit
  Account: account,
  Me: me,
  ApiToken: tokenSummary,
  CreatedApiToken: createdToken,
  SignInOptions: signInOptions,
  AuditEvent: auditEvent,
  AuditTrail: auditTrail,
  AuditTrailEntry: auditTrailEntry,
  AuditVerification: auditVerification,

  // The Matrix
  Matrix: matrixResponse,
  Problem: matrixProblem,
  ProblemDetail: problemDetail,
  ProblemStatusEvent: statusEvent,
  Category: category,
  Solution: solution,
  SolutionVersion: solutionVersion,
  LatestSolution: latestSolution,
  Indicator: indicator,
  FieldFeedback: feedback,
  FieldFeedbackResult: feedbackResult,
  FeedbackLinkCreated: feedbackLinkCreated,
  FeedbackLinkView: feedbackLinkView,
  FeedbackLinkReported: feedbackLinkReported,
  MatrixImportPreview: importPreview,
  MatrixImportResult: importResult,
  ImportRowError: rowError,
  MatrixView: matrixView,
  MatrixViewList: matrixViewList,
  SearchResult: searchResult,
  SearchHit: searchHit,
  Lesson: lesson,
  LessonList: lessonList,
  SimilarLessonList: similarLessonList,

  // Meetings
  Meeting: meetingSummary,
  MeetingDetail: meetingDetail,
  MeetingList: meetingList,
  MeetingAttendee: meetingPerson,
  OrganizationAttendance: organizationAttendance,
  MeetingCommitment: meetingCommitment,
  Decision: decision,
  Agenda: agendaResponse,
  AgendaItem: agendaItem,
  Minutes: minutesResponse,
  MinutesVersion: minutesVersionSummary,

  // Commitments
  Commitment: commitment,
  CommitmentDetail: commitmentDetail,
  CommitmentList: commitmentList,
  CommitmentReport: commitmentReport,
  CommitmentDueChange: commitmentDueChange,
  CommitmentBoard: commitmentBoard,
  CommitmentBoardItem: boardCommitment,
  ChaseResult: chaseResult,
  ProgressResult: progressResult,
  CalendarFeedStatus: calendarFeedStatus,
  CalendarFeedCreated: calendarFeedCreated,
  CalendarFeedRevoked: calendarFeedRevoked,
  FollowState: followState,
  FollowList: followList,
  FollowedRecord: followedRecord,

  // Escalations and feasibility assessments
  EscalationDetail: escalationDetail,
  EscalationEvent: escalationEvent,
  EscalationList: escalationList,
  Assessment: assessment,
  AssessmentList: assessmentList,
  AssessmentMeeting: assessmentMeeting,
  AssessmentQuestion: assessmentQuestion,

  // Dashboards, home, mail, archive
  MesaMetrics: mesaMetricsResponse,
  Portfolio: portfolioResponse,
  PortfolioMesa: portfolioMesa,
  PortfolioAdvice: portfolioAdvice,
  MomentumPoint: momentumPoint,
  ContinuityPoint: continuityPoint,
  ScorecardRow: scorecardRow,
  CadenceStanding: cadenceStanding,
  CadencePoint: cadencePoint,
  EscalationAges: escalationAges,
  CirclingProblem: circlingProblem,
  Home: homeResponse,
  HomeMesa: homeMesa,
  HomeCommitment: homeCommitment,
  HomeEscalation: homeEscalation,
  HomeProblem: homeProblem,
  OutboxPage: outboxPage,
  OutboxMessage: outboxMessage,
  OutboxMessageDetail: outboxMessageDetail,
  ArchiveImportReport: importReport,

  // The public record (no sign-in)
  PublicPortfolio: publicPortfolio,
  PublicMesa: publicMesaSummary,
  PublicMesaDetail: publicMesa,
  PublicProblem: publicProblem,
  PublicProblemSummary: problemSummary,
};

/**
 * Registers the names with zod's global registry, where fastify-type-provider-zod looks for them when it
 * writes the document, keeping what the registry holds already (a schema's `.describe()` text). Naming
 * a schema again under the same name changes nothing.
 */
export function nameComponents() {
  for (const [id, schema] of Object.entries(components)) {
    z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });
  }
}
