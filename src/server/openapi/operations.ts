/**
 * The name of every operation of the API, by route: its `operationId` in the OpenAPI document, which the
 * typed client turns into the name of the call. A name is part of the contract: once released it does
 * not change when a handler moves or its summary is reworded. `summary` is used only where the route
 * has none of its own.
 *
 * Keys are `METHOD /path` as Fastify registers the route (`:id`, not `{id}`). A route missing here has
 * no operationId and test/api/openapi.test.ts fails, as it does when two routes share a name or an entry
 * names a route that does not exist.
 */
export interface OperationName {
  operationId: string;
  summary?: string;
}

export const operations: Record<string, OperationName> = {
  // health
  'GET /healthz': { operationId: 'checkLiveness' },
  'GET /readyz': { operationId: 'checkReadiness' },

  // auth
  'POST /api/auth/login': { operationId: 'signIn' },
  'POST /api/auth/logout': { operationId: 'signOut' },
  'GET /api/auth/me': { operationId: 'getMe' },
  'PATCH /api/auth/me': { operationId: 'updateMe' },
  'POST /api/auth/password': { operationId: 'changeOwnPassword' },
  'GET /api/auth/tokens': { operationId: 'listApiTokens' },
  'POST /api/auth/tokens': { operationId: 'createApiToken' },
  'DELETE /api/auth/tokens/:id': { operationId: 'revokeApiToken' },
  'GET /api/auth/options': { operationId: 'getSignInOptions' },
  'GET /api/auth/oidc/start': { operationId: 'startOidcSignIn' },
  'GET /api/auth/oidc/callback': { operationId: 'finishOidcSignIn' },

  // mesas
  'GET /api/mesas': { operationId: 'listMesas' },
  'POST /api/mesas': { operationId: 'createMesa' },
  'GET /api/mesas/:id': { operationId: 'getMesa' },
  'PATCH /api/mesas/:id': { operationId: 'updateMesa' },
  'POST /api/mesas/:id/transitions': { operationId: 'transitionMesa' },

  // participations
  'GET /api/mesas/:id/participations': { operationId: 'listParticipations' },
  'POST /api/mesas/:id/participations': { operationId: 'addParticipation' },
  'PATCH /api/mesas/:id/participations/:participationId': { operationId: 'updateParticipation' },
  'DELETE /api/mesas/:id/participations/:participationId': { operationId: 'removeParticipation' },

  // organizations
  'GET /api/organizations': { operationId: 'listOrganizations' },
  'GET /api/organizations/:id': { operationId: 'getOrganization', summary: 'An organization' },
  'POST /api/organizations': {
    operationId: 'createOrganization',
    summary: 'Add an organization (public entity, business association, company…)',
  },
  'PATCH /api/organizations/:id': { operationId: 'updateOrganization', summary: 'Edit an organization' },

  // people
  'GET /api/people': { operationId: 'listPeople' },
  'GET /api/people/:id': { operationId: 'getPerson', summary: 'A person of the directory' },
  'POST /api/people': { operationId: 'createPerson', summary: 'Add a person to the directory' },
  'PATCH /api/people/:id': { operationId: 'updatePerson', summary: "Edit a person's details" },
  'POST /api/me/email': { operationId: 'requestEmailChange' },
  'POST /api/me/email/confirm': { operationId: 'confirmEmailChange' },

  // accounts
  'GET /api/accounts': { operationId: 'listAccounts' },
  'GET /api/accounts/:id': { operationId: 'getAccount', summary: 'A user account (administrators)' },
  'POST /api/accounts': { operationId: 'createAccount' },
  'PATCH /api/accounts/:id': { operationId: 'updateAccount' },

  // audit
  'GET /api/audit': { operationId: 'listAuditEvents' },
  'GET /api/audit/verify': { operationId: 'verifyAuditLog' },
  'GET /api/mesas/:id/audit': { operationId: 'getMesaAuditTrail' },

  // matrix
  'GET /api/mesas/:id/matrix': { operationId: 'getMatrix' },
  'GET /api/mesas/:id/matrix/events': { operationId: 'followMatrixEvents' },
  'POST /api/mesas/:id/problems': { operationId: 'createProblem' },
  'GET /api/problems/:id': { operationId: 'getProblem' },
  'PATCH /api/problems/:id': { operationId: 'updateProblem' },
  'POST /api/problems/:id/transitions': { operationId: 'transitionProblem' },
  'POST /api/problems/:id/solutions': { operationId: 'proposeSolution' },
  'POST /api/solutions/:id/versions': { operationId: 'reviseSolution' },
  'PATCH /api/solutions/:id': { operationId: 'updateSolution' },
  'POST /api/problems/:id/indicators': { operationId: 'addIndicator' },
  'PATCH /api/indicators/:id': { operationId: 'updateIndicator' },
  'POST /api/problems/:id/feedback': { operationId: 'reportFieldFeedback' },
  'POST /api/problems/:id/reopen': { operationId: 'reopenProblem' },
  'POST /api/problems/:id/feedback-links': { operationId: 'createFeedbackLink' },
  'GET /api/feedback-links/:token': { operationId: 'openFeedbackLink' },
  'POST /api/feedback-links/:token': { operationId: 'reportThroughFeedbackLink' },
  'GET /api/categories': { operationId: 'listCategories' },
  'POST /api/categories': { operationId: 'createCategory' },
  'PATCH /api/categories/:id': { operationId: 'updateCategory' },
  'GET /api/mesas/:id/matrix.xlsx': { operationId: 'exportMatrixXlsx' },
  'GET /api/mesas/:id/matrix.csv': { operationId: 'exportMatrixCsv' },
  'POST /api/mesas/:id/matrix/import/preview': { operationId: 'previewMatrixImport' },
  'POST /api/mesas/:id/matrix/import': { operationId: 'importMatrix' },
  'GET /api/search': { operationId: 'searchProblems' },
  'GET /api/mesas/:id/matrix-views': { operationId: 'listMatrixViews' },
  'POST /api/mesas/:id/matrix-views': { operationId: 'createMatrixView' },
  'PATCH /api/matrix-views/:id': { operationId: 'updateMatrixView' },
  'DELETE /api/matrix-views/:id': { operationId: 'deleteMatrixView' },

  // lessons
  'GET /api/mesas/:id/lessons': { operationId: 'listMesaLessons' },
  'POST /api/mesas/:id/lessons': { operationId: 'createLesson' },
  'GET /api/lessons/:id': { operationId: 'getLesson' },
  'PATCH /api/lessons/:id': { operationId: 'updateLesson' },
  'DELETE /api/lessons/:id': { operationId: 'deleteLesson' },
  'GET /api/problems/:id/lessons': { operationId: 'listProblemLessons' },
  'GET /api/problems/:id/similar-lessons': { operationId: 'listSimilarLessons' },
  // documents
  'GET /api/problems/:id/documents': { operationId: 'listProblemDocuments' },
  'POST /api/problems/:id/documents': { operationId: 'uploadProblemDocument' },
  'GET /api/solutions/:id/documents': { operationId: 'listSolutionDocuments' },
  'POST /api/solutions/:id/documents': { operationId: 'uploadSolutionDocument' },
  'GET /api/meetings/:id/documents': { operationId: 'listMeetingDocuments' },
  'POST /api/meetings/:id/documents': { operationId: 'uploadMeetingDocument' },
  'GET /api/commitments/:id/documents': { operationId: 'listCommitmentDocuments' },
  'POST /api/commitments/:id/documents': { operationId: 'uploadCommitmentDocument' },
  'GET /api/documents/:id': { operationId: 'downloadDocument' },
  'DELETE /api/documents/:id': { operationId: 'deleteDocument' },
  'GET /api/public/documents/:id': { operationId: 'downloadPublicDocument' },
  // reform tracking
  'GET /api/mesas/:id/reforms': { operationId: 'getReformTracking' },
  'GET /api/mesas/:id/reforms.xlsx': { operationId: 'exportReformTrackingXlsx' },
  'GET /api/portfolio/reforms.xlsx': { operationId: 'exportPortfolioReformTrackingXlsx' },

  // meetings
  'GET /api/mesas/:id/session-plan': { operationId: 'getSessionPlan' },
  'GET /api/meetings/:id/agenda': { operationId: 'getAgenda' },
  'PUT /api/meetings/:id/agenda': { operationId: 'saveAgenda' },
  'PATCH /api/meetings/:id/agenda/items/:itemId': { operationId: 'updateAgendaItem' },
  'GET /api/meetings/:id/events': { operationId: 'followMeetingEvents' },
  'GET /api/mesas/:id/meetings': { operationId: 'listMeetings' },
  'POST /api/mesas/:id/meetings': { operationId: 'createMeeting' },
  'GET /api/meetings/:id': { operationId: 'getMeeting' },
  'PATCH /api/meetings/:id': { operationId: 'updateMeeting' },
  'DELETE /api/meetings/:id': { operationId: 'deleteMeeting' },
  'POST /api/meetings/:id/start': { operationId: 'startMeeting' },
  'PUT /api/meetings/:id/attendance': { operationId: 'recordAttendance' },
  'PUT /api/meetings/:id/current-item': { operationId: 'setCurrentAgendaItem' },
  'POST /api/meetings/:id/decisions': { operationId: 'addDecision' },
  'DELETE /api/meetings/:id/decisions/:decisionId': { operationId: 'removeDecision' },
  'POST /api/meetings/:id/close': { operationId: 'closeMeeting' },
  'GET /api/meetings/:id/minutes': { operationId: 'getMinutes' },
  'POST /api/meetings/:id/minutes': { operationId: 'correctMinutes' },
  'GET /api/meetings/:id/minutes.md': { operationId: 'exportMinutesMarkdown' },
  'GET /api/meetings/:id/minutes.pdf': { operationId: 'exportMinutesPdf' },

  // commitments
  'GET /api/mesas/:id/commitments': { operationId: 'listMesaCommitments' },
  'POST /api/mesas/:id/commitments': { operationId: 'createCommitment' },
  'GET /api/mesas/:id/commitments/board': { operationId: 'getCommitmentBoard' },
  'GET /api/mesas/:id/commitments/chase': { operationId: 'previewChase' },
  'POST /api/mesas/:id/commitments/chase': { operationId: 'chaseLateOwners' },
  'GET /api/commitments/:id': { operationId: 'getCommitment' },
  'PATCH /api/commitments/:id': { operationId: 'updateCommitment' },
  'POST /api/commitments/:id/progress': { operationId: 'reportProgress' },
  'GET /api/me/commitments': { operationId: 'listMyCommitments' },
  'GET /api/organizations/:id/commitments': { operationId: 'listOrganizationCommitments' },

  // calendar
  'GET /api/mesas/:id/calendar.ics': { operationId: 'exportMesaCalendar' },
  'GET /api/me/calendar-feed': { operationId: 'getCalendarFeed' },
  'POST /api/me/calendar-feed': { operationId: 'rotateCalendarFeed' },
  'DELETE /api/me/calendar-feed': { operationId: 'revokeCalendarFeed' },
  'GET /api/calendar/:token.ics': { operationId: 'readCalendarFeed' },

  // follows
  'GET /api/problems/:id/follow': { operationId: 'getProblemFollow' },
  'PUT /api/problems/:id/follow': { operationId: 'followProblem' },
  'DELETE /api/problems/:id/follow': { operationId: 'unfollowProblem' },
  'GET /api/commitments/:id/follow': { operationId: 'getCommitmentFollow' },
  'PUT /api/commitments/:id/follow': { operationId: 'followCommitment' },
  'DELETE /api/commitments/:id/follow': { operationId: 'unfollowCommitment' },
  'GET /api/me/follows': { operationId: 'listMyFollows' },

  // mail
  'GET /api/admin/outbox': { operationId: 'listOutbox' },
  'GET /api/admin/outbox/:id': { operationId: 'getOutboxMessage' },

  // assessments
  'GET /api/mesas/:id/assessments': { operationId: 'listAssessments' },
  'POST /api/mesas/:id/assessments': { operationId: 'createAssessment' },
  'GET /api/assessments/:id': { operationId: 'getAssessment' },
  'POST /api/assessments/:id/decision': { operationId: 'decideAssessment' },
  'GET /api/assessment-questions': { operationId: 'listAssessmentQuestions' },
  'POST /api/assessment-questions': { operationId: 'createAssessmentQuestion' },
  'PATCH /api/assessment-questions/:id': { operationId: 'updateAssessmentQuestion' },

  // escalations
  'POST /api/problems/:id/escalations': { operationId: 'createEscalation' },
  'GET /api/problems/:id/escalations': { operationId: 'listProblemEscalations' },
  'GET /api/mesas/:id/escalations': { operationId: 'listMesaEscalations' },
  'GET /api/escalations': { operationId: 'listEscalationInbox' },
  'GET /api/escalations/:id': { operationId: 'getEscalation' },
  'POST /api/escalations/:id/decision': { operationId: 'decideEscalation' },
  'POST /api/escalations/:id/return': { operationId: 'returnEscalation' },
  'POST /api/escalations/:id/answer': { operationId: 'answerEscalation' },
  'POST /api/escalations/:id/withdraw': { operationId: 'withdrawEscalation' },

  // dashboards
  'GET /api/mesas/:id/metrics': { operationId: 'getMesaMetrics' },
  'GET /api/mesas/:id/metrics/momentum.csv': { operationId: 'exportMesaMomentumCsv' },
  'GET /api/mesas/:id/metrics/continuity.csv': { operationId: 'exportMesaContinuityCsv' },
  'GET /api/mesas/:id/metrics/scorecard.csv': { operationId: 'exportMesaScorecardCsv' },
  'GET /api/mesas/:id/metrics/cadence.csv': { operationId: 'exportMesaCadenceCsv' },
  'GET /api/mesas/:id/metrics/time-to-status.csv': { operationId: 'exportMesaTimeToStatusCsv' },
  'GET /api/mesas/:id/metrics/escalations.csv': { operationId: 'exportMesaEscalationsCsv' },
  'GET /api/mesas/:id/metrics/circling.csv': { operationId: 'exportMesaCirclingCsv' },
  'GET /api/portfolio': { operationId: 'getPortfolio' },
  'GET /api/portfolio.csv': { operationId: 'exportPortfolioCsv' },
  'GET /api/portfolio/momentum.csv': { operationId: 'exportPortfolioMomentumCsv' },
  'GET /api/portfolio/scorecard.csv': { operationId: 'exportPortfolioScorecardCsv' },
  'GET /api/portfolio/team-load.csv': { operationId: 'exportPortfolioTeamLoadCsv' },
  'GET /api/portfolio/escalations.csv': { operationId: 'exportPortfolioEscalationsCsv' },

  // wheel
  'GET /api/wheel/questions': { operationId: 'listWheelQuestions' },
  'POST /api/wheel/questions': { operationId: 'createWheelQuestion' },
  'PATCH /api/wheel/questions/:id': { operationId: 'updateWheelQuestion' },
  'GET /api/mesas/:id/wheel': { operationId: 'listWheelRounds' },
  'POST /api/mesas/:id/wheel': { operationId: 'openWheelRound' },
  'GET /api/wheel-rounds/:id': { operationId: 'getWheelRound' },
  'GET /api/wheel-rounds/:id/results': { operationId: 'getWheelRoundResults' },
  'GET /api/wheel-rounds/:id/results.csv': { operationId: 'exportWheelRoundResultsCsv' },
  'POST /api/wheel-rounds/:id/close': { operationId: 'closeWheelRound' },
  'POST /api/wheel-rounds/:id/remind': { operationId: 'remindWheelRound' },
  'GET /api/wheel-rounds/:id/form': { operationId: 'getWheelForm' },
  'POST /api/wheel-rounds/:id/answers': { operationId: 'answerWheelRound' },
  'GET /api/wheel-links/:token': { operationId: 'openWheelLink' },
  'POST /api/wheel-links/:token': { operationId: 'answerThroughWheelLink' },

  // home
  'GET /api/me/home': { operationId: 'getHome' },

  // archive
  'GET /api/mesas/:id/archive': { operationId: 'exportMesaArchive' },
  'POST /api/archives/import': { operationId: 'importMesaArchive' },

  // public
  'GET /api/public/mesas': { operationId: 'listPublicMesas' },
  'GET /api/public/mesas/:slug': { operationId: 'getPublicMesa' },
  'GET /api/public/mesas/:slug/problems/:code': { operationId: 'getPublicProblem' },

  // portal
  'GET /portal': { operationId: 'getPortalHome' },
  'GET /portal/mesas/:slug': { operationId: 'getPortalMesaPage' },
  'GET /portal/mesas/:slug/problems/:code': { operationId: 'getPortalProblemPage' },
  'GET /portal/sitemap.xml': { operationId: 'getPortalSitemap' },
  'GET /robots.txt': { operationId: 'getRobotsTxt' },

  // open data
  'GET /open-data/datapackage.json': { operationId: 'getOpenDataPackage' },
  'GET /open-data/mesas.csv': { operationId: 'exportOpenDataMesasCsv' },
  'GET /open-data/mesas.json': { operationId: 'listOpenDataMesas' },
  'GET /open-data/organizations.csv': { operationId: 'exportOpenDataOrganizationsCsv' },
  'GET /open-data/organizations.json': { operationId: 'listOpenDataOrganizations' },
  'GET /open-data/participating_organizations.csv': {
    operationId: 'exportOpenDataParticipatingOrganizationsCsv',
  },
  'GET /open-data/participating_organizations.json': {
    operationId: 'listOpenDataParticipatingOrganizations',
  },
  'GET /open-data/sessions.csv': { operationId: 'exportOpenDataSessionsCsv' },
  'GET /open-data/sessions.json': { operationId: 'listOpenDataSessions' },
  'GET /open-data/session_attendance.csv': { operationId: 'exportOpenDataSessionAttendanceCsv' },
  'GET /open-data/session_attendance.json': { operationId: 'listOpenDataSessionAttendance' },
  'GET /open-data/problems.csv': { operationId: 'exportOpenDataProblemsCsv' },
  'GET /open-data/problems.json': { operationId: 'listOpenDataProblems' },
  'GET /open-data/problem_entities.csv': { operationId: 'exportOpenDataProblemEntitiesCsv' },
  'GET /open-data/problem_entities.json': { operationId: 'listOpenDataProblemEntities' },
  'GET /open-data/status_events.csv': { operationId: 'exportOpenDataStatusEventsCsv' },
  'GET /open-data/status_events.json': { operationId: 'listOpenDataStatusEvents' },
  'GET /open-data/solutions.csv': { operationId: 'exportOpenDataSolutionsCsv' },
  'GET /open-data/solutions.json': { operationId: 'listOpenDataSolutions' },
  'GET /open-data/indicators.csv': { operationId: 'exportOpenDataIndicatorsCsv' },
  'GET /open-data/indicators.json': { operationId: 'listOpenDataIndicators' },
  'GET /open-data/commitments.csv': { operationId: 'exportOpenDataCommitmentsCsv' },
  'GET /open-data/commitments.json': { operationId: 'listOpenDataCommitments' },
  'GET /open-data/documents.csv': { operationId: 'exportOpenDataDocumentsCsv' },
  'GET /open-data/documents.json': { operationId: 'listOpenDataDocuments' },
  'GET /portal/feed.atom': { operationId: 'getPortalFeed' },
  'GET /portal/mesas/:slug/feed.atom': { operationId: 'getPortalMesaFeed' },
};
