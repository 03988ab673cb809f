/**
 * The Mesas API as TypeScript types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: change the zod schemas of src/server and run `npm run sdk`.
 */

export interface paths {
  '/api/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** User accounts (administrators) */
    get: operations['listAccounts'];
    put?: never;
    /** Create an account, for an existing person or a new one */
    post: operations['createAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user account (administrators) */
    get: operations['getAccount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change role, language or password; disable or enable */
    patch: operations['updateAccount'];
    trace?: never;
  };
  '/api/admin/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The e-mail outbox, newest first (administrators) */
    get: operations['listOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/outbox/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One message of the outbox with its whole text, HTML and calendar file */
    get: operations['getOutboxMessage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/archives/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bring a Mesa’s continuity archive in as a new Mesa (`dryRun=true`: only report)
     * @description The body is the ZIP file itself (`Content-Type: application/zip`). The archive is checked whole first (manifest, SHA-256 of every part, format version, schemas, references): a tampered one answers 400 ARCHIVE_REFUSED and writes nothing. Organizations are matched by name, people by e-mail then exact name, authors to accounts by e-mail then exact name (else kept as a label); everything else is created with new ids and its original dates, in one transaction, with one audit event naming the archive by its SHA-256. A taken slug answers 409 unless `slug` gives another.
     */
    post: operations['importMesaArchive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessment-questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The feasibility checklist, in order (retired questions only when asked for) */
    get: operations['listAssessmentQuestions'];
    put?: never;
    /** Add a question to the feasibility checklist (admin) */
    post: operations['createAssessmentQuestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessment-questions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Reword, reorder, re-flag, retire or restore a checklist question (admin; never deleted) */
    patch: operations['updateAssessmentQuestion'];
    trace?: never;
  };
  '/api/assessments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One feasibility assessment */
    get: operations['getAssessment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide an open assessment: launch (optionally activating the Mesa), not now or no, with its rationale (once; 409 after) */
    post: operations['decideAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, newest first */
    get: operations['listAuditEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check the whole audit log: every hash and link, and its end against the signed head */
    get: operations['verifyAuditLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password; sets the session cookie */
    post: operations['signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the current session */
    post: operations['signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in, and the CSRF token */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change your own preferences (language) */
    patch: operations['updateMe'];
    trace?: never;
  };
  '/api/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The identity provider's answer: verifies it, signs in the account linked to the person (or the one with their verified e-mail), sets the session cookie and redirects to the web app */
    get: operations['finishOidcSignIn'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sign in at the identity provider: redirects there (authorization code with PKCE) */
    get: operations['startOidcSignIn'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ways to sign in this deployment offers, for the sign-in page */
    get: operations['getSignInOptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your own password; your other sessions end, your API tokens stay */
    post: operations['changeOwnPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your personal API tokens */
    get: operations['listApiTokens'];
    put?: never;
    /** Create a personal API token (shown once) */
    post: operations['createApiToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke one of your API tokens */
    delete: operations['revokeApiToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/{token}.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's secret calendar feed: their meetings and commitment due days
     * @description Opened by the secret address from POST /api/me/calendar-feed, without cookies. Meetings are those the person may see; open commitments appear as all-day events on their due day.
     */
    get: operations['readCalendarFeed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The barrier categories of the Matrix, in display order */
    get: operations['listCategories'];
    put?: never;
    /** Add a barrier category (admin) */
    post: operations['createCategory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, reorder, archive or restore a barrier category (admin; never deleted) */
    patch: operations['updateCategory'];
    trace?: never;
  };
  '/api/commitments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A commitment with its progress log */
    get: operations['getCommitment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a commitment or change its status (optimistic locking on `version`)
     * @description status: `done` (records when), `cancelled` (with a reason), `open` again from done or cancelled (with a reason). A new `dueOn` needs a `reason` too: the move is kept in `dueChanges` and the on-time record still counts `originalDueOn`. An illegal move answers 409 ILLEGAL_TRANSITION with the allowed ones; a stale `version` answers 409 STALE_WRITE.
     */
    patch: operations['updateCommitment'];
    trace?: never;
  };
  '/api/commitments/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A commitment's documents
     * @description Only the documents whose visibility you may see, of a record you may see (404 otherwise).
     */
    get: operations['listCommitmentDocuments'];
    put?: never;
    /**
     * Attach a document to a commitment (the body is the file)
     * @description Send the file as the body with its own Content-Type (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, text or CSV) and its title and file name in the query string. Another type, a file whose first bytes do not match its type, an empty file or a visibility wider than the record’s answer 400 VALIDATION_FAILED; a file over DOCUMENT_MAX_BYTES answers 413 PAYLOAD_TOO_LARGE. Nothing is stored then.
     */
    post: operations['uploadCommitmentDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/commitments/{id}/follow': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether you follow a commitment */
    get: operations['getCommitmentFollow'];
    /** Follow a commitment: its status and progress changes are mailed to you, at most hourly */
    put: operations['followCommitment'];
    post?: never;
    /** Stop following a commitment; what was waiting to be mailed about it is dropped */
    delete: operations['unfollowCommitment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/commitments/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report progress on a commitment (appended to its log, never edited)
     * @description The dedicated team may report on any commitment of its Mesa; a representative only on their own.
     */
    post: operations['reportProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a document
     * @description The file with its Content-Type, `Content-Disposition: attachment` with its file name, `X-Content-Type-Options: nosniff` and its SHA-256 as ETag (304 with If-None-Match). A document of a record you may not see, or with a visibility you may not see, answers 404.
     */
    get: operations['downloadDocument'];
    put?: never;
    post?: never;
    /** Delete a document (the audit trail keeps its name and SHA-256) */
    delete: operations['deleteDocument'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The high-level body's inbox: escalations across all Mesas, the oldest first
     * @description For the high-level body and the coordinating office. Each escalation carries its Mesa, problem and age. `status`: open (default), returned, decided, withdrawn or all.
     */
    get: operations['listEscalationInbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/escalations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An escalation with its exchange (escalated, returned with questions, answered, decided) */
    get: operations['getEscalation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/escalations/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer the questions of a returned escalation: it waits for a decision again */
    post: operations['answerEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/escalations/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide an escalation: the decision, the day it was taken and who took it
     * @description Only an open escalation is decided (409 ILLEGAL_TRANSITION with the allowed ones otherwise). The decision goes on the Mesa’s next session agenda and in the problem’s timeline.
     */
    post: operations['decideEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/escalations/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return an open escalation to the team with questions */
    post: operations['returnEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/escalations/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw an escalation that waits (open or returned), saying why */
    post: operations['withdrawEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/feedback-links/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a field-feedback link asks about: the problem, its current solution and the Mesa */
    get: operations['openFeedbackLink'];
    put?: never;
    /**
     * Report field feedback through a link, as the link's person
     * @description The same report as POST /api/problems/:id/feedback, made by the person the link was made for; negative feedback on an enacted fix flags it and alerts the team.
     */
    post: operations['reportThroughFeedbackLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/indicators/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit an outcome indicator, e.g. its current value as results come in */
    patch: operations['updateIndicator'];
    trace?: never;
  };
  '/api/lessons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A lesson */
    get: operations['getLesson'];
    put?: never;
    post?: never;
    /** Delete a lesson (the audit trail keeps what it was) */
    delete: operations['deleteLesson'];
    options?: never;
    head?: never;
    /**
     * Edit a lesson
     * @description Only what is given changes; `links` replaces the kinds it names. A stale `version` answers 409 STALE_WRITE and nothing is changed.
     */
    patch: operations['updateLesson'];
    trace?: never;
  };
  '/api/matrix-views/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a saved view of the Matrix (the audit trail keeps what it was) */
    delete: operations['deleteMatrixView'];
    options?: never;
    head?: never;
    /**
     * Rename a saved view of the Matrix, or replace the view it keeps
     * @description A name another view of the Mesa has, whatever its case, answers 409 CONFLICT; a stale `version` answers 409 STALE_WRITE. Nothing is changed then.
     */
    patch: operations['updateMatrixView'];
    trace?: never;
  };
  '/api/me/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether you have a secret calendar-feed address in use */
    get: operations['getCalendarFeed'];
    put?: never;
    /**
     * Make a new secret address for your calendar feed (the previous one stops working)
     * @description The feed holds your meetings (those you are invited to and those of your Mesas, as you may see them) and the due days of your open commitments. The address is shown only in this response.
     */
    post: operations['rotateCalendarFeed'];
    /** Stop your secret calendar-feed address */
    delete: operations['revokeCalendarFeed'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/commitments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your commitments across all Mesas, late ones first */
    get: operations['listMyCommitments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask to change your own e-mail address
     * @description Nothing changes yet: a confirmation link is mailed to the new address, in your language. Opening it (`POST /api/me/email/confirm`) applies the change within 24 hours; a new request withdraws the earlier one.
     */
    post: operations['requestEmailChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/email/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a change of your e-mail address with the token of the mailed link
     * @description Signed in as the person who asked. Your directory address and your sign-in address change together. A link works once.
     */
    post: operations['confirmEmailChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/follows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The problems and commitments you follow */
    get: operations['listMyFollows'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/home': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What waits for you: your Mesas, commitments, decisions and field feedback
     * @description Counts and the first few records of what waits for the signed-in person, by role: the high-level body’s escalations to decide, each Mesa’s next session, late commitments, escalations and field feedback alerts, sessions overdue against the cadence, your own commitments, and the enacted problems awaiting your field feedback. Only records you may see are counted.
     */
    get: operations['getHome'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A meeting with its people and attendance (by person and organization), problems, agenda, decisions, commitments and minutes versions */
    get: operations['getMeeting'];
    put?: never;
    post?: never;
    /** Delete a meeting that will not take place (only while `draft` or `scheduled`) */
    delete: operations['deleteMeeting'];
    options?: never;
    head?: never;
    /**
     * Edit a meeting (optimistic locking on `version`); a closed one answers 409 MEETING_CLOSED
     * @description A closed meeting’s record is frozen: correct it with POST /api/meetings/{id}/minutes (a new minutes version with its reason).
     */
    patch: operations['updateMeeting'];
    trace?: never;
  };
  '/api/meetings/{id}/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The agenda: the saved one, or the draft generated from the Matrix when none was saved yet
     * @description The draft lists, in order: commitments due since the last closed session (overdue first, then due), focus problems, field feedback received since then, new problems to triage, and problems circling (on the agenda of three or more sessions without progress).
     */
    get: operations['getAgenda'];
    /**
     * Edit and save the agenda: reorder, add, remove, retitle, minutes per item
     * @description The edits apply in order to the agenda as it stands (or to a fresh draft with `base: "draft"`); an invalid edit answers 400 naming `edits.<i>.<field>` and nothing is saved. Bumps the meeting’s version.
     */
    put: operations['saveAgenda'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/agenda/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Take notes on an agenda item, or mark it discussed (live session mode) */
    patch: operations['updateAgendaItem'];
    trace?: never;
  };
  '/api/meetings/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record attendance per person: present, absent or excused (null clears it) */
    put: operations['recordAttendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close the meeting: its minutes are built from the record in the Mesa’s language and frozen as version 1
     * @description Invitees whose attendance was not recorded are recorded absent. Afterwards the record cannot be edited (409 MEETING_CLOSED); corrections are new minutes versions.
     */
    post: operations['closeMeeting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/current-item': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Take the room to an agenda item now (live session mode); every screen following the meeting moves to it
     * @description Only while the meeting is in progress (409 otherwise). The item must be on this meeting’s agenda (400 `itemId`). Announced on the live stream as `current_item.changed`; the meeting’s `currentItemId` then names it.
     */
    put: operations['setCurrentAgendaItem'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a decision taken in the meeting (while it is in progress) */
    post: operations['addDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/decisions/{decisionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw a decision recorded by mistake (not once the meeting is closed) */
    delete: operations['removeDecision'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A meeting's documents (e.g. the signed minutes, a presentation)
     * @description Only the documents whose visibility you may see, of a record you may see (404 otherwise).
     */
    get: operations['listMeetingDocuments'];
    put?: never;
    /**
     * Attach a document to a meeting (the body is the file)
     * @description Send the file as the body with its own Content-Type (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, text or CSV) and its title and file name in the query string. Another type, a file whose first bytes do not match its type, an empty file or a visibility wider than the record’s answer 400 VALIDATION_FAILED; a file over DOCUMENT_MAX_BYTES answers 413 PAYLOAD_TOO_LARGE. Nothing is stored then.
     */
    post: operations['uploadMeetingDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The live event stream of a meeting (server-sent events)
     * @description A server-sent event stream (text/event-stream) of the changes to this meeting, for the live session mode. Each event is `event: <type>` with `data: {type, meetingId, mesaId, at, ...ids}` — ids only, never text: refetch what changed. Types: meeting.updated, meeting.started, meeting.closed, meeting.deleted, attendance.updated (personIds), agenda.updated, agenda_item.updated (agendaItemId), decision.created / decision.deleted (decisionId), commitment.created / commitment.updated (commitmentId), problem.created / problem.updated (problemId), minutes.created (minutesVersion), current_item.changed (the room moved to another agenda item: refetch the meeting’s currentItemId), and resync (refetch everything). The first event is `ready` once the stream listens; a comment line is sent every 15 s as a heartbeat. Every change event carries an SSE `id` (increasing) and the stream a `retry` delay: a client that reconnects with `Last-Event-ID` first gets, in order, the events it missed (kept for a day), filtered like the records they name. An event about a record the reader may not see (a decision or agenda item on a team-only problem, a team-only commitment) is not sent to them. A closed meeting has no live session: its stream answers 204 No Content (streams already open stay open, e.g. for minutes corrections).
     */
    get: operations['followMeetingEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/minutes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The minutes: the latest frozen version (or `?version=n`); a draft for a meeting not closed yet */
    get: operations['getMinutes'];
    put?: never;
    /** Correct the minutes of a closed meeting: a new version with its reason; earlier ones are kept */
    post: operations['correctMinutes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/minutes.md': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The minutes as Markdown (latest version, or `?version=n`) */
    get: operations['exportMinutesMarkdown'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/minutes.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The minutes as PDF (latest version, or `?version=n`) */
    get: operations['exportMinutesPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start the meeting (live session mode): state `in_progress`; the agenda as it stands is saved; a session takes its number */
    post: operations['startMeeting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Mesas you can see */
    get: operations['listMesas'];
    put?: never;
    /** Create a Mesa (coordinating office) */
    post: operations['createMesa'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A Mesa with its lifecycle and its participants grouped by sector */
    get: operations['getMesa'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a Mesa (optimistic locking on `version`) */
    patch: operations['updateMesa'];
    trace?: never;
  };
  '/api/mesas/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The Mesa’s continuity archive: its whole history in one ZIP file (docs/ARCHIVE.md)
     * @description Every record of the Mesa whatever its visibility, the organizations and people it names, every minutes version with its PDF, and its audit events, with a manifest holding the SHA-256 of every part. E-mail addresses and phones only with `contacts=true`.
     */
    get: operations['exportMesaArchive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A Mesa's feasibility assessments, newest first, with their red flags and decisions */
    get: operations['listAssessments'];
    put?: never;
    /** Assess the feasibility of a Mesa: answers, preliminary meetings, optionally the decision (a launch may activate the Mesa) */
    post: operations['createAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A Mesa's audit trail, or one record's history of changes (entityType and entityId), newest first */
    get: operations['getMesaAuditTrail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A Mesa's meetings you can see, as an iCalendar file
     * @description Announced meetings (not drafts), each in its own time zone with its place, online link and agenda. Signed in by cookie or API token.
     */
    get: operations['exportMesaCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/commitments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A Mesa's commitments you can see, late ones first
     * @description Each commitment carries `overdue` and `dueState`, derived from its due day in the Mesa's time zone (the deployment's when it has none; never stored).
     */
    get: operations['listMesaCommitments'];
    put?: never;
    /**
     * Record a commitment: who (person and entity), what, by when
     * @description The due day may not be in the past. A commitment agreed in a meeting names it (`meetingId`); the meeting must not be closed.
     */
    post: operations['createCommitment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/commitments/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A Mesa's commitments board: open, due this week, late and done, by owner and by entity
     * @description The commitments you can see (cancelled ones left out) on one tab, filtered and sorted, with the count of every tab and every owner's and entity's counts. This week is the Mesa's week (Monday to Sunday) in its time zone.
     */
    get: operations['getCommitmentBoard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/commitments/chase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who a chase would remind today (nothing is sent) */
    get: operations['previewChase'];
    put?: never;
    /**
     * Send every owner of late commitments one reminder listing them all (the team)
     * @description One e-mail per owner with a late commitment and an address, in the owner's language, queued in the outbox. Once a day per owner: a second chase the same day (in the Mesa's time zone) sends nothing new and lists them as `already_sent`.
     */
    post: operations['chaseLateOwners'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A Mesa's escalations you can see, the oldest first */
    get: operations['listMesaEscalations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/lessons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A Mesa's lessons, the newest first
     * @description Only the lessons whose visibility you may see, of a Mesa you may see (404 otherwise).
     */
    get: operations['listMesaLessons'];
    put?: never;
    /**
     * Write down a lesson of a Mesa
     * @description What happened and what was learned, with tags, a visibility and the problems, sessions and escalations of the Mesa it draws on. A record of another Mesa answers 400 VALIDATION_FAILED and nothing is written.
     */
    post: operations['createLesson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A Mesa's whole Matrix: the problems you can see, focus warning, quick wins, categories
     * @description With `q`, only the problems the full-text search finds (Spanish and English, accent-insensitive), still in the Matrix order; the focus warning and quick wins are then those of the problems found. Without `q` (or with an empty one), the whole Matrix.
     */
    get: operations['getMatrix'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/matrix-views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A Mesa's saved views of its Matrix, by name
     * @description Each view is a query string of the Matrix page (filters, sort, grouping and hidden columns): open the Matrix with it to show the view. Whoever may read the Matrix sees them; the Mesa's dedicated team and the coordinating office save, rename and delete them.
     */
    get: operations['listMatrixViews'];
    put?: never;
    /**
     * Save a named view of a Mesa's Matrix for its team
     * @description The query is stored in its normal form (unknown or default parameters dropped). A name another view of the Mesa has, whatever its case, answers 409 CONFLICT and nothing is saved.
     */
    post: operations['createMatrixView'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/matrix.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The Matrix as CSV (UTF-8, the problems you may see)
     * @description Without view parameters, the full Matrix with the columns the import reads. With the parameters of a view of the Matrix screen (q, status, category, owner, entity, focus, flags, groupBy, sort, dir, hide), the view: only the rows its filters keep, in its order, with the priority and flags columns it shows and without the columns it hides. A view parameter with an unknown value is ignored (its default applies), as the screen does with an old link; `q`, `lang`, `commitments` and a view parameter longer than any view needs are refused with 400 VALIDATION_FAILED. `commitments=true` adds the next commitment, its due day, its owner and the open commitments count.
     */
    get: operations['exportMatrixCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/matrix.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The Matrix as an XLSX workbook (the problems you may see)
     * @description Without view parameters, the full Matrix with the columns the import reads. With the parameters of a view of the Matrix screen (q, status, category, owner, entity, focus, flags, groupBy, sort, dir, hide), the view: only the rows its filters keep, in its order, with the priority and flags columns it shows and without the columns it hides. A view parameter with an unknown value is ignored (its default applies), as the screen does with an old link; `q`, `lang`, `commitments` and a view parameter longer than any view needs are refused with 400 VALIDATION_FAILED. `commitments=true` adds the next commitment, its due day, its owner and the open commitments count.
     */
    get: operations['exportMatrixXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/matrix/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The live event stream of a Matrix (server-sent events)
     * @description A server-sent event stream (text/event-stream) of the changes to this Mesa’s Matrix, so that an open Matrix follows what other people change. Each event is `event: <type>` with `data: {type, mesaId, problemId?}` — ids only, never text: refetch the Matrix. Types: problem.created, problem.updated, problem.transitioned, solution.changed, indicator.changed, feedback.created, commitments.changed (the open commitments of the problem), each with the problemId; matrix.imported, mesa.updated, session.closed (which problems circle may have changed), directory.changed (category, organization or person names; mesaId null), and resync (what you may see changed, or the server may have missed changes: refetch everything). The first event is `ready` once the stream listens; a comment line is sent every 15 s as a heartbeat. Events are not stored and carry no SSE `id`: there is no replay with Last-Event-ID. A client that connects or reconnects refetches the whole Matrix when it gets `ready`. An event about a problem the reader may not see (a team-only problem, for a representative) is not sent to them; when a problem they could see becomes one they may not, they get the event without its id. When the participants of the Mesa, the Mesa itself or an account’s global role change, or sessions are ended, the stream checks again what its reader may see: it sends `resync` when that changed, and ends when they may no longer read the Matrix.
     */
    get: operations['followMatrixEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/matrix/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import an XLSX Matrix with a confirmed mapping: every row is checked, nothing is written unless all are valid
     * @description Creates each row as a problem with who raised it, its first solution, its indicators and its status, in one transaction. Indicators are read one per line as the export writes them ("name: baseline (date) → current (date) (target: x) unit · lower is better · source: text"). Any invalid row answers 400 VALIDATION_FAILED with `rows` (row, column, header, field, message) and writes nothing.
     */
    post: operations['importMatrix'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/matrix/import/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read an XLSX Matrix: the columns found, a suggested mapping and the first rows with their errors
     * @description Writes nothing. Send the mapping back to see the rows read through it.
     */
    post: operations['previewMatrixImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The meetings of a Mesa you may see (sessions, inter-sessional…), the latest start first */
    get: operations['listMeetings'];
    put?: never;
    /** Plan a meeting; a session gets the Mesa’s next number and invites every participant by default */
    post: operations['createMeeting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A Mesa's dashboards: momentum, continuity of private participation, on-time commitments by entity, sessions against cadence, time to enacted and verified, open escalations by age, circling problems
     * @description Only the records you may see count.
     */
    get: operations['getMesaMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/metrics/cadence.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sessions held against the cadence, month by month, as CSV (the data of the chart) */
    get: operations['exportMesaCadenceCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/metrics/circling.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Circling problems, as CSV (the data of the chart) */
    get: operations['exportMesaCirclingCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/metrics/continuity.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Share of the designated private organizations present at each closed session, as CSV (the data of the chart) */
    get: operations['exportMesaContinuityCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/metrics/escalations.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open escalations by age, as CSV (the data of the chart) */
    get: operations['exportMesaEscalationsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/metrics/momentum.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Problems enacted and verified per month, as CSV (the data of the chart) */
    get: operations['exportMesaMomentumCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/metrics/scorecard.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Commitments completed on time by responsible entity, as CSV (the data of the chart) */
    get: operations['exportMesaScorecardCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/metrics/time-to-status.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Median days from identified to enacted and to verified, as CSV (the data of the chart) */
    get: operations['exportMesaTimeToStatusCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/participations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A Mesa's participants: current ones grouped as the paper groups them, and former ones */
    get: operations['listParticipations'];
    put?: never;
    /** Add a person to a Mesa with a role */
    post: operations['addParticipation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/participations/{participationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a participation entered by mistake (to record a departure, set endedOn instead) */
    delete: operations['removeParticipation'];
    options?: never;
    head?: never;
    /** Change a participation (role, designation, end date…) */
    patch: operations['updateParticipation'];
    trace?: never;
  };
  '/api/mesas/{id}/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a problem to a Mesa's Matrix (numbered P-1, P-2… within the Mesa) */
    post: operations['createProblem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/reforms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The reform tracking table of a Mesa: each reform through proposed → agreed → drafted → enacted → implemented
     * @description One row per problem with a solution: proposed (the day its first solution was proposed), agreed and drafted (the days recorded on the solution, PATCH /api/solutions/{id}), enacted and implemented (its moves to enacted and verified, while it stays there), with the responsible entities, the instrument, the cited norm and the outcome indicators as impact note. Only the problems you may see.
     */
    get: operations['getReformTracking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/reforms.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The reform tracking table of a Mesa as an XLSX workbook
     * @description One row per problem with a solution: proposed (the day its first solution was proposed), agreed and drafted (the days recorded on the solution, PATCH /api/solutions/{id}), enacted and implemented (its moves to enacted and verified, while it stays there), with the responsible entities, the instrument, the cited norm and the outcome indicators as impact note. Only the problems you may see. Headers in the language asked (`lang`), else the caller's.
     */
    get: operations['exportReformTrackingXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/session-plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Mesa’s cadence against the sessions held and planned: when the next one is due, whether one is overdue, proposed days */
    get: operations['getSessionPlan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a Mesa along its lifecycle and/or to a new host institution */
    post: operations['transitionMesa'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mesas/{id}/wheel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A Mesa's rounds of the Evaluation Wheel, the latest first */
    get: operations['listWheelRounds'];
    put?: never;
    /**
     * Open a round of the Evaluation Wheel and mail each participant a personal link
     * @description Asks every current participant but observers, each in their group (team, public, private), and mails each with an address a personal link in their language. One open round per Mesa at a time; the round keeps the anonymity threshold (WHEEL_MIN_ANSWERS) and looks back on the period since the previous round (or WHEEL_INTERVAL_MONTHS).
     */
    post: operations['openWheelRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public entities, business associations, companies and others */
    get: operations['listOrganizations'];
    put?: never;
    /** Add an organization (public entity, business association, company…) */
    post: operations['createOrganization'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organization */
    get: operations['getOrganization'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit an organization */
    patch: operations['updateOrganization'];
    trace?: never;
  };
  '/api/organizations/{id}/commitments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An entity's commitments across Mesas (those you can see), late ones first */
    get: operations['listOrganizationCommitments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The directory of participants (contact details: the coordinating office, and each dedicated team for the people of its Mesas) */
    get: operations['listPeople'];
    put?: never;
    /** Add a person to the directory */
    post: operations['createPerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person of the directory */
    get: operations['getPerson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a person's details
     * @description People with an account of a global role are edited only by an administrator. The e-mail address of someone with an account is changed only by an administrator (or by that person, with confirmation: `POST /api/me/email`).
     */
    patch: operations['updatePerson'];
    trace?: never;
  };
  '/api/portfolio': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The portfolio of Mesas: kind, lifecycle, host, dedicated team and its load, sessions against cadence, momentum, and the sequential-prioritization advice
     * @description Coordinating office and high-level body. Only the Mesas and records you may see count.
     */
    get: operations['getPortfolio'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolio.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The portfolio as CSV: one row per Mesa */
    get: operations['exportPortfolioCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolio/escalations.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open escalations by age across the portfolio, as CSV (the data of the chart) */
    get: operations['exportPortfolioEscalationsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolio/momentum.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Problems enacted and verified per month across the portfolio, as CSV (the data of the chart) */
    get: operations['exportPortfolioMomentumCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolio/reforms.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The reform tracking table of every Mesa of the portfolio as one XLSX workbook
     * @description One row per problem with a solution: proposed (the day its first solution was proposed), agreed and drafted (the days recorded on the solution, PATCH /api/solutions/{id}), enacted and implemented (its moves to enacted and verified, while it stays there), with the responsible entities, the instrument, the cited norm and the outcome indicators as impact note. Only the problems you may see. The Mesas you may see, by name.
     */
    get: operations['exportPortfolioReformTrackingXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolio/scorecard.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Commitments completed on time by responsible entity across the portfolio, as CSV (the data of the chart) */
    get: operations['exportPortfolioScorecardCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portfolio/team-load.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Active Mesas per dedicated-team member, as CSV (the data of the chart) */
    get: operations['exportPortfolioTeamLoadCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A problem with its solutions (every version), indicators, field feedback and status history */
    get: operations['getProblem'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a problem (optimistic locking on `version`) */
    patch: operations['updateProblem'];
    trace?: never;
  };
  '/api/problems/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A problem's documents, and those of its solutions
     * @description Only the documents whose visibility you may see, of a record you may see (404 otherwise).
     */
    get: operations['listProblemDocuments'];
    put?: never;
    /**
     * Attach a document to a problem (the body is the file)
     * @description Send the file as the body with its own Content-Type (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, text or CSV) and its title and file name in the query string. Another type, a file whose first bytes do not match its type, an empty file or a visibility wider than the record’s answer 400 VALIDATION_FAILED; a file over DOCUMENT_MAX_BYTES answers 413 PAYLOAD_TOO_LARGE. Nothing is stored then.
     */
    post: operations['uploadProblemDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A problem's escalations you can see, the oldest first, with their exchange */
    get: operations['listProblemEscalations'];
    put?: never;
    /**
     * Escalate a problem to the high-level body: why, a short brief and the options
     * @description A problem has at most one escalation waiting (open or returned): another answers 409 CONFLICT. The visibility is never wider than the problem’s.
     */
    post: operations['createEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report whether an enacted fix is applied on the ground */
    post: operations['reportFieldFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}/feedback-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make a link for a participant to report field feedback from a phone, without signing in
     * @description For an enacted or verified problem and a participant allowed to see it. The link works for 30 days; its token is stored only as a hash. With `send`, it is also e-mailed to the person in their language.
     */
    post: operations['createFeedbackLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}/follow': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether you follow a problem */
    get: operations['getProblemFollow'];
    /** Follow a problem: its status and progress changes are mailed to you, at most hourly */
    put: operations['followProblem'];
    post?: never;
    /** Stop following a problem; what was waiting to be mailed about it is dropped */
    delete: operations['unfollowProblem'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an outcome indicator (before → after) to a problem or one of its solutions */
    post: operations['addIndicator'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}/lessons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The lessons drawn on a problem, the newest first
     * @description Only the lessons you may see, of a problem you may see (404 otherwise).
     */
    get: operations['listProblemLessons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reopen an enacted or verified problem with a new solution version, in one step
     * @description Moves the problem back to in progress (the reason is required) and records the new version of its solution with the same reason, in one transaction; the field alert clears.
     */
    post: operations['reopenProblem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}/similar-lessons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lessons of other Mesas about a similar problem
     * @description Lessons of other Mesas whose text, or the titles of the problems they draw on, share words (by stem, in the problem's Mesa's language) with this problem's title and description: the closest first, at most three. Only Mesas and lessons you may see.
     */
    get: operations['listSimilarLessons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}/solutions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Propose a solution to a problem (its version 1) */
    post: operations['proposeSolution'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/problems/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the status of a problem; an illegal move answers 409 with the allowed ones */
    post: operations['transitionProblem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a public document of the portal or the open data (no sign-in)
     * @description A public document of a record the portal shows (a public problem or one of its solutions, a held public meeting, a public commitment of a public entity) of a published Mesa, as the open data lists it; anything else answers 404, the same whether it exists or not.
     */
    get: operations['downloadPublicDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/mesas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every published Mesa with its public figures and headline achievements (no sign-in) */
    get: operations['listPublicMesas'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/mesas/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published Mesa: organizations by group, sessions held, public Matrix items, achievements, minutes summaries and commitments of public entities (no sign-in) */
    get: operations['getPublicMesa'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/mesas/{slug}/problems/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A public problem of a published Mesa by its code (P-n): history, solution versions, indicators (no sign-in) */
    get: operations['getPublicProblem'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find problems and lessons across the Mesas you can see (similar bottlenecks in other sectors)
     * @description Full-text search in Spanish and English, accent-insensitive, ranked; only Mesas, problems and lessons you may see. Each result is a problem or a lesson (`kind`), the best matches first.
     */
    get: operations['searchProblems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/solutions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a solution's instrument, or confirm or dismiss its filter flags
     * @description The text changes only through POST /api/solutions/:id/versions. Solutions carry no edit version: the last write wins.
     */
    patch: operations['updateSolution'];
    trace?: never;
  };
  '/api/solutions/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A solution's documents
     * @description Only the documents whose visibility you may see, of a record you may see (404 otherwise).
     */
    get: operations['listSolutionDocuments'];
    put?: never;
    /**
     * Attach a document to a solution (the body is the file)
     * @description Send the file as the body with its own Content-Type (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, text or CSV) and its title and file name in the query string. Another type, a file whose first bytes do not match its type, an empty file or a visibility wider than the record’s answer 400 VALIDATION_FAILED; a file over DOCUMENT_MAX_BYTES answers 413 PAYLOAD_TOO_LARGE. Nothing is stored then.
     */
    post: operations['uploadSolutionDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/solutions/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revise a solution: a new version with the reason; earlier versions are kept */
    post: operations['reviseSolution'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wheel-links/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a personal Evaluation Wheel link asks: the round’s questions, in the person’s language */
    get: operations['openWheelLink'];
    put?: never;
    /**
     * Answer a round of the Evaluation Wheel through a personal link, anonymously and once
     * @description The same answer as POST /api/wheel-rounds/:id/answers, by the person the link was made for.
     */
    post: operations['answerThroughWheelLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wheel-rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A round of the Evaluation Wheel: its questions and who answered (never what) */
    get: operations['getWheelRound'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wheel-rounds/{id}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer a round of the Evaluation Wheel, signed in, anonymously and once
     * @description One score per question of the round. The team sees that you answered, never what: scores are stored with your group only. Answering twice answers 409 CONFLICT; a round that does not ask you answers 404, like a missing one.
     */
    post: operations['answerWheelRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wheel-rounds/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a round before its closing day; its results show from then on */
    post: operations['closeWheelRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wheel-rounds/{id}/form': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A round of the Evaluation Wheel as the signed-in participant answers it
     * @description For a participant the round asks; anyone else gets 404.
     */
    get: operations['getWheelForm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wheel-rounds/{id}/remind': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mail a fresh personal link to every participant who has not answered an open round
     * @description The earlier links keep working.
     */
    post: operations['remindWheelRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wheel-rounds/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A round's results beside the previous round's and the measured facts
     * @description Aggregates only: per dimension (and question) the mean of the scores 1-5, how many scores and how many "don't know", overall and per respondent group. Shown once the round is closed and at least `minAnswers` answered; a group with fewer answers (or one that would reveal such a group) is not shown.
     */
    get: operations['getWheelRoundResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wheel-rounds/{id}/results.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A round's results table as CSV, in the caller's language */
    get: operations['exportWheelRoundResultsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wheel/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The questions of the Evaluation Wheel, in their order
     * @description Two or three statements per dimension, scored 0 ("don't know") to 5.
     */
    get: operations['listWheelQuestions'];
    put?: never;
    /**
     * Add a question to the Evaluation Wheel (administrators)
     * @description Asked from the next round on. A key another question has answers 409 CONFLICT.
     */
    post: operations['createWheelQuestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/wheel/questions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Reword, move, retire or bring back a question of the Evaluation Wheel (administrators)
     * @description Rounds already opened keep the wording they asked. A stale `version` answers 409 STALE_WRITE.
     */
    patch: operations['updateWheelQuestion'];
    trace?: never;
  };
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness */
    get: operations['checkLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/commitments.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: commitments as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataCommitmentsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/commitments.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: commitments as JSON (no sign-in) */
    get: operations['listOpenDataCommitments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/datapackage.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The Frictionless Data Package describing the open data (no sign-in)
     * @description Every resource is a table of the published Mesas’ public records, given twice: `<table>.csv` and `<table>.json` beside this descriptor (paths are relative to it), each with its Table Schema (types, primary and foreign keys). The licence is the deployment’s OPEN_DATA_LICENSE.
     */
    get: operations['getOpenDataPackage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/documents.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: documents as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataDocumentsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/documents.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: documents as JSON (no sign-in) */
    get: operations['listOpenDataDocuments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/indicators.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: indicators as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataIndicatorsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/indicators.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: indicators as JSON (no sign-in) */
    get: operations['listOpenDataIndicators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/mesas.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: mesas as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataMesasCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/mesas.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: mesas as JSON (no sign-in) */
    get: operations['listOpenDataMesas'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/organizations.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: organizations as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataOrganizationsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/organizations.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: organizations as JSON (no sign-in) */
    get: operations['listOpenDataOrganizations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/participating_organizations.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: participating organizations as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataParticipatingOrganizationsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/participating_organizations.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: participating organizations as JSON (no sign-in) */
    get: operations['listOpenDataParticipatingOrganizations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/problem_entities.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: problem entities as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataProblemEntitiesCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/problem_entities.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: problem entities as JSON (no sign-in) */
    get: operations['listOpenDataProblemEntities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/problems.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: problems as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataProblemsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/problems.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: problems as JSON (no sign-in) */
    get: operations['listOpenDataProblems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/session_attendance.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: session attendance as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataSessionAttendanceCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/session_attendance.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: session attendance as JSON (no sign-in) */
    get: operations['listOpenDataSessionAttendance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/sessions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: sessions as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataSessionsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/sessions.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: sessions as JSON (no sign-in) */
    get: operations['listOpenDataSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/solutions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: solutions as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataSolutionsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/solutions.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: solutions as JSON (no sign-in) */
    get: operations['listOpenDataSolutions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/status_events.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: status events as CSV (UTF-8, header row; no sign-in) */
    get: operations['exportOpenDataStatusEventsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open-data/status_events.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: status events as JSON (no sign-in) */
    get: operations['listOpenDataStatusEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The transparency portal: every published Mesa (HTML page, no sign-in)
     * @description May be cached for a minute (Cache-Control: public); revalidate with If-None-Match and the ETag: 304 when unchanged.
     */
    get: operations['getPortalHome'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/feed.atom': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Atom feed of the public changes of every published Mesa (no sign-in) */
    get: operations['getPortalFeed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/mesas/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A published Mesa's public record (HTML page, no sign-in)
     * @description May be cached for a minute (Cache-Control: public); revalidate with If-None-Match and the ETag: 304 when unchanged.
     */
    get: operations['getPortalMesaPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/mesas/{slug}/feed.atom': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Atom feed of the public changes of one published Mesa (no sign-in) */
    get: operations['getPortalMesaFeed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/mesas/{slug}/problems/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A public problem of a published Mesa with its history (HTML page, no sign-in)
     * @description May be cached for a minute (Cache-Control: public); revalidate with If-None-Match and the ETag: 304 when unchanged.
     */
    get: operations['getPortalProblemPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/sitemap.xml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The sitemap of every portal page, in both languages (no sign-in)
     * @description May be cached for a minute (Cache-Control: public); revalidate with If-None-Match and the ETag: 304 when unchanged.
     */
    get: operations['getPortalSitemap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database answers */
    get: operations['checkReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/robots.txt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Directions for search engines, pointing to the portal sitemap */
    get: operations['getRobotsTxt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Account: {
      /** Format: date-time */
      createdAt: string;
      disabledAt: string | null;
      email: string;
      fullName: string;
      globalRole: ('admin' | 'coordinator' | 'high_level') | null;
      /** Format: uuid */
      id: string;
      lastLoginAt: string | null;
      locale: string;
      /** Format: uuid */
      personId: string;
    };
    Agenda: {
      /** @description true: the draft generated from the Matrix now (nothing saved yet); false: the saved agenda */
      generated: boolean;
      items: components['schemas']['AgendaItem'][];
      /** Format: uuid */
      meetingId: string;
      totalMinutes: number;
    };
    AgendaItem: {
      commitment: {
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        dueOn: string;
        /**
         * @description Derived from the due date in the deployment’s time zone
         * @enum {string}
         */
        dueState: 'overdue' | 'due_today' | 'due_soon' | 'later' | 'done' | 'cancelled';
        /** Format: uuid */
        id: string;
        organization: components['schemas']['OrganizationRef'] | null;
        person: components['schemas']['PersonRef'] | null;
        /** @enum {string} */
        status: 'open' | 'done' | 'cancelled';
        text: string;
      } | null;
      discussedAt: string | null;
      /** @description The decision of the high-level body the item reports (null when none, or not visible to you) */
      escalation: {
        decidedBy: components['schemas']['PersonRef'] | null;
        decidedOn: string | null;
        decision: string | null;
        /** Format: uuid */
        id: string;
      } | null;
      escalationId: string | null;
      feedbackId: string | null;
      /** @description null while the agenda is a draft that was never saved */
      id: string | null;
      /** @description Stable key: `commitment:<id>`, `problem:<id>` or `custom:<n>`; edits refer to items by it */
      key: string;
      /**
       * @description What the item is about: commitments overdue and due, focus problems, field feedback, escalation decisions, new problems, circling problems, or an item added by hand (`custom`)
       * @enum {string}
       */
      kind:
        | 'commitment_overdue'
        | 'commitment_due'
        | 'focus_problem'
        | 'field_feedback'
        | 'escalation_decision'
        | 'new_problem'
        | 'circling_problem'
        | 'custom';
      minutes: number;
      notes: string;
      position: number;
      problem: {
        /** @description P-1, P-2… */
        code: string;
        /** Format: uuid */
        id: string;
        number: number;
        /** @enum {string} */
        status: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
        title: string;
      } | null;
      /** @description Every section the item qualified for (drafts only; saved items: its kind) */
      reasons: (
        | 'commitment_overdue'
        | 'commitment_due'
        | 'focus_problem'
        | 'field_feedback'
        | 'escalation_decision'
        | 'new_problem'
        | 'circling_problem'
        | 'custom'
      )[];
      title: string;
    };
    ApiToken: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      lastUsedAt: string | null;
      name: string;
    };
    ArchiveImportReport: {
      archive: {
        exportedAt: string;
        formatVersion: number;
        mesa: {
          /** Format: uuid */
          id: string;
          name: string;
          slug: string;
        };
        sha256: string;
        withContacts: boolean;
      };
      authors: {
        /**
         * @description `label`: an author with no account here, kept by name
         * @enum {string}
         */
        action: 'matched' | 'created' | 'label';
        /**
         * Format: uuid
         * @description Its id in the archive
         */
        archiveId: string;
        /** @description What it was matched by */
        by: ('email' | 'name' | 'key') | null;
        /** @description Its id here (null in a dry run for what would be created) */
        id: string | null;
        name: string;
      }[];
      categories: {
        /**
         * @description `label`: an author with no account here, kept by name
         * @enum {string}
         */
        action: 'matched' | 'created' | 'label';
        /**
         * Format: uuid
         * @description Its id in the archive
         */
        archiveId: string;
        /** @description What it was matched by */
        by: ('email' | 'name' | 'key') | null;
        /** @description Its id here (null in a dry run for what would be created) */
        id: string | null;
        name: string;
      }[];
      /** @description Rows written (or that would be), by table */
      created: {
        [key: string]: number;
      };
      dryRun: boolean;
      /** @description Audit events of the archive, kept as history in the import’s event */
      historyEvents: number;
      mesa: {
        /** @description The new Mesa (null in a dry run) */
        id: string | null;
        name: string;
        slug: string;
        /** @description False: the slug is taken here; import with `slug` set to another one */
        slugAvailable: boolean;
      };
      organizations: {
        /**
         * @description `label`: an author with no account here, kept by name
         * @enum {string}
         */
        action: 'matched' | 'created' | 'label';
        /**
         * Format: uuid
         * @description Its id in the archive
         */
        archiveId: string;
        /** @description What it was matched by */
        by: ('email' | 'name' | 'key') | null;
        /** @description Its id here (null in a dry run for what would be created) */
        id: string | null;
        name: string;
      }[];
      people: {
        /**
         * @description `label`: an author with no account here, kept by name
         * @enum {string}
         */
        action: 'matched' | 'created' | 'label';
        /**
         * Format: uuid
         * @description Its id in the archive
         */
        archiveId: string;
        /** @description What it was matched by */
        by: ('email' | 'name' | 'key') | null;
        /** @description Its id here (null in a dry run for what would be created) */
        id: string | null;
        name: string;
      }[];
      questions: {
        /**
         * @description `label`: an author with no account here, kept by name
         * @enum {string}
         */
        action: 'matched' | 'created' | 'label';
        /**
         * Format: uuid
         * @description Its id in the archive
         */
        archiveId: string;
        /** @description What it was matched by */
        by: ('email' | 'name' | 'key') | null;
        /** @description Its id here (null in a dry run for what would be created) */
        id: string | null;
        name: string;
      }[];
    };
    Assessment: {
      answers: {
        /** @enum {string} */
        answer: 'yes' | 'partly' | 'no';
        area: string;
        evidence: string;
        key: string;
        note: string;
        /** Format: uuid */
        questionId: string;
        /** @description The red flag this answer raises, if any */
        redFlag: string | null;
        textEn: string;
        textEs: string;
      }[];
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       */
      assessedOn: string;
      /** Format: date-time */
      createdAt: string;
      decidedOn: string | null;
      decision: ('launch' | 'not_now' | 'no') | null;
      /** Format: uuid */
      id: string;
      /** @description The preliminary meetings it draws on (those you may see) */
      meetings: components['schemas']['AssessmentMeeting'][];
      /** Format: uuid */
      mesaId: string;
      rationale: string;
      /** @description The red flags the answers raise, with the keys of the questions that raised each */
      redFlags: {
        flag: string;
        questions: string[];
      }[];
      summary: {
        area: string;
        no: number;
        partly: number;
        yes: number;
      }[];
      version: number;
      /** @description Red flags the decision went against: a launch despite them is allowed, and flagged */
      warnings: string[];
    };
    AssessmentList: {
      /** @description Newest first; every assessment is kept */
      assessments: components['schemas']['Assessment'][];
      can: {
        manage: boolean;
      };
      /** @description The Mesa’s preliminary meetings a new assessment may draw on */
      preliminaryMeetings: components['schemas']['AssessmentMeeting'][];
    };
    AssessmentMeeting: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'session' | 'intersessional' | 'high_level' | 'preliminary';
      /** Format: date-time */
      startsAt: string;
      title: string;
    };
    AssessmentQuestion: {
      /** @description convener, public_sector, team, sector or private_sector */
      area: string;
      /** @description Whether a `partly` raises the red flag too */
      flagOnPartly: boolean;
      /** Format: uuid */
      id: string;
      /** @description Stable key, e.g. `private_sector.self_organized` */
      key: string;
      position: number;
      /** @description The red flag a `no` raises, e.g. `private_not_organized` */
      redFlag: string | null;
      retired: boolean;
      retiredAt: string | null;
      textEn: string;
      textEs: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    AuditEvent: {
      action: string;
      actorLabel: string;
      after: unknown;
      before: unknown;
      entityId: string;
      entityType: string;
      mesaId: string | null;
      /** Format: date-time */
      occurredAt: string;
      requestId: string | null;
      seq: number;
    };
    AuditTrail: {
      events: components['schemas']['AuditTrailEntry'][];
      /** @description Pass as `before` for the next (older) page; null at the end */
      nextBefore: number | null;
    };
    AuditTrailEntry: {
      action: string;
      actor: {
        label: string;
        name: string | null;
      };
      changes: {
        after: string | null;
        before: string | null;
        field: string;
      }[];
      entityId: string;
      entityType: string;
      /** Format: date-time */
      occurredAt: string;
      seq: number;
    };
    AuditVerification: {
      checked: number;
      firstBrokenSeq: number | null;
      ok: boolean;
      /** @description Which check failed, or null when the log is intact */
      reason:
        | (
            | 'hash_mismatch'
            | 'link_broken'
            | 'version_downgrade'
            | 'head_missing'
            | 'head_mismatch'
            | 'head_forged'
            | 'checkpoint_forged'
            | 'checkpoint_mismatch'
            | 'truncated_before_checkpoint'
          )
        | null;
    };
    CadencePoint: {
      expectedToDate: number;
      held: number;
      heldToDate: number;
      /** @description A calendar month, YYYY-MM */
      month: string;
    };
    CadenceStanding: {
      daysOverdue: number;
      /** @description Sessions the cadence asked for while the Mesa was active */
      expected: number;
      /** @description Sessions held (closed) */
      held: number;
      intervalDays: number;
      lastHeldOn: string | null;
      nextDueOn: string | null;
      nextScheduledOn: string | null;
      overdue: boolean;
      /** @description held / expected */
      ratio: number | null;
    };
    CalendarFeedCreated: {
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: uri
       * @description Your secret feed address: anyone who has it can read your meetings and due dates. Shown only now; make a new one to stop this one.
       */
      url: string;
      /** @description The same address with the webcal: scheme, which calendar apps open to subscribe */
      webcalUrl: string;
    };
    CalendarFeedRevoked: {
      /** @description Whether a feed address was in use (it no longer works) */
      revoked: boolean;
    };
    CalendarFeedStatus: {
      /** @description Whether you have a secret feed address in use */
      active: boolean;
      /** @description When the address in use was made */
      createdAt: string | null;
    };
    Category: {
      /** @description Archived categories stay on the problems that have them, but are not offered */
      archived: boolean;
      /** Format: uuid */
      id: string;
      key: string;
      nameEn: string;
      nameEs: string;
      position: number;
      /** Format: date-time */
      updatedAt: string;
    };
    CategoryRef: {
      /** Format: uuid */
      id: string;
      key: string;
      nameEn: string;
      nameEs: string;
    };
    ChaseResult: {
      /**
       * Format: date
       * @description The chase's day in the Mesa's time zone: one reminder per owner per day
       */
      date: string;
      /** @description Owners sent (or, for the preview, to be sent) one reminder */
      sent: {
        count: number;
        name: string;
        /** Format: uuid */
        personId: string;
      }[];
      /** @description Late owners left out: no e-mail address, or already reminded today */
      skipped: {
        count: number;
        name: string;
        /** Format: uuid */
        personId: string;
        /** @enum {string} */
        reason: 'no_email' | 'already_sent';
      }[];
    };
    CirclingProblem: {
      number: number;
      /** Format: uuid */
      problemId: string;
      /** @description Sessions that discussed it since the last sign of progress */
      sessions: number;
      since: string | null;
      title: string;
    };
    Commitment: {
      /** @description The statuses it may move to */
      allowedTransitions: ('open' | 'done' | 'cancelled')[];
      can: {
        /** @description Report progress on it (the team, or the person who committed) */
        report: boolean;
        /** @description Edit it and change its status (the team) */
        update: boolean;
      };
      /** @description When it was marked done */
      completedAt: string | null;
      /** @description Done on or before the due day first agreed (`originalDueOn` if moved); null while it is not done */
      completedOnTime: boolean | null;
      /** Format: date-time */
      createdAt: string;
      /** @description Days from today to the due day; negative once it has passed */
      daysUntilDue: number;
      /**
       * Format: date
       * @description The fixed due day, in the Mesa's time zone (the deployment's when it has none)
       */
      dueOn: string;
      /**
       * @description Derived: overdue, due_today, due_soon (within 7 days), later, done or cancelled
       * @enum {string}
       */
      dueState: 'overdue' | 'due_today' | 'due_soon' | 'later' | 'done' | 'cancelled';
      /** Format: uuid */
      id: string;
      /** @description The latest progress report */
      lastReport: {
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        reportedOn: string;
        text: string;
      } | null;
      /** @description The meeting that created it (null when none, or when the caller may not see it) */
      meeting: components['schemas']['MeetingRef'] | null;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
        slug: string;
        /** @description The Mesa's time zone (the deployment's when it has none): the zone of `dueOn` */
        timeZone: string;
      };
      /** @description The entity that committed */
      organization: components['schemas']['OrganizationRef'] | null;
      /** @description The due day first agreed, once the deadline has been moved (null while it never was); the on-time record counts this one */
      originalDueOn: string | null;
      /** @description Derived, never stored: open and its due day has passed in the Mesa's time zone */
      overdue: boolean;
      /** @description Who committed */
      person: components['schemas']['PersonRef'] | null;
      /** @description The Matrix problem it is about (null when none, or when the caller may not see it) */
      problem: {
        code: string;
        /** Format: uuid */
        id: string;
        number: number;
        title: string;
      } | null;
      /** @description How many progress reports it has */
      reportCount: number;
      /** @description The solution it implements, if any */
      solutionId: string | null;
      /**
       * @description open, done or cancelled; never "overdue": that is derived (see `overdue`)
       * @enum {string}
       */
      status: 'open' | 'done' | 'cancelled';
      /** @description Why it was cancelled or reopened */
      statusReason: string | null;
      /** @description What they committed to do */
      text: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    CommitmentBoard: {
      can: {
        /** @description Send the late owners their reminder (the team) */
        chase: boolean;
      };
      /** @description Those on the tab matching the filters, sorted */
      commitments: components['schemas']['CommitmentBoardItem'][];
      /** @description Per tab, over the commitments matching owner, entity and q */
      counts: {
        done: number;
        dueThisWeek: number;
        late: number;
        open: number;
      };
      /** @description Every entity with commitments you can see, with their counts (unfiltered), by name */
      entities: {
        done: number;
        dueThisWeek: number;
        late: number;
        open: number;
        organization: components['schemas']['OrganizationRef'] | null;
      }[];
      /** @description Every owner with commitments you can see, with their counts (unfiltered), by name */
      owners: {
        done: number;
        dueThisWeek: number;
        late: number;
        open: number;
        person: components['schemas']['PersonRef'] | null;
      }[];
      /**
       * Format: date
       * @description Today in the Mesa's time zone
       */
      today: string;
      /** @description The Mesa's week, Monday to Sunday */
      week: {
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        end: string;
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        start: string;
      };
    };
    CommitmentBoardItem: {
      completedAt: string | null;
      /** @description Negative once the due day has passed */
      daysUntilDue: number;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       */
      dueOn: string;
      /** Format: uuid */
      id: string;
      organization: components['schemas']['OrganizationRef'] | null;
      originalDueOn: string | null;
      /** @description Open and its due day has passed in the Mesa's time zone */
      overdue: boolean;
      person: components['schemas']['PersonRef'] | null;
      /** @description The Matrix problem (null when none, or when the caller may not see it) */
      problem: {
        code: string;
        /** Format: uuid */
        id: string;
        title: string;
      } | null;
      /** @enum {string} */
      status: 'open' | 'done' | 'cancelled';
      text: string;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    CommitmentDetail: {
      /** @description The statuses it may move to */
      allowedTransitions: ('open' | 'done' | 'cancelled')[];
      can: {
        /** @description Report progress on it (the team, or the person who committed) */
        report: boolean;
        /** @description Edit it and change its status (the team) */
        update: boolean;
      };
      /** @description When it was marked done */
      completedAt: string | null;
      /** @description Done on or before the due day first agreed (`originalDueOn` if moved); null while it is not done */
      completedOnTime: boolean | null;
      /** Format: date-time */
      createdAt: string;
      /** @description Days from today to the due day; negative once it has passed */
      daysUntilDue: number;
      /** @description Every move of the deadline, oldest first; the first one starts from `originalDueOn` */
      dueChanges: components['schemas']['CommitmentDueChange'][];
      /**
       * Format: date
       * @description The fixed due day, in the Mesa's time zone (the deployment's when it has none)
       */
      dueOn: string;
      /**
       * @description Derived: overdue, due_today, due_soon (within 7 days), later, done or cancelled
       * @enum {string}
       */
      dueState: 'overdue' | 'due_today' | 'due_soon' | 'later' | 'done' | 'cancelled';
      /** Format: uuid */
      id: string;
      /** @description The latest progress report */
      lastReport: {
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        reportedOn: string;
        text: string;
      } | null;
      /** @description The meeting that created it (null when none, or when the caller may not see it) */
      meeting: components['schemas']['MeetingRef'] | null;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
        slug: string;
        /** @description The Mesa's time zone (the deployment's when it has none): the zone of `dueOn` */
        timeZone: string;
      };
      /** @description The entity that committed */
      organization: components['schemas']['OrganizationRef'] | null;
      /** @description The due day first agreed, once the deadline has been moved (null while it never was); the on-time record counts this one */
      originalDueOn: string | null;
      /** @description Derived, never stored: open and its due day has passed in the Mesa's time zone */
      overdue: boolean;
      /** @description Who committed */
      person: components['schemas']['PersonRef'] | null;
      /** @description The Matrix problem it is about (null when none, or when the caller may not see it) */
      problem: {
        code: string;
        /** Format: uuid */
        id: string;
        number: number;
        title: string;
      } | null;
      /** @description How many progress reports it has */
      reportCount: number;
      /** @description The progress log, oldest first; append-only */
      reports: components['schemas']['CommitmentReport'][];
      /** @description The solution it implements, if any */
      solutionId: string | null;
      /**
       * @description open, done or cancelled; never "overdue": that is derived (see `overdue`)
       * @enum {string}
       */
      status: 'open' | 'done' | 'cancelled';
      /** @description Why it was cancelled or reopened */
      statusReason: string | null;
      /** @description What they committed to do */
      text: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    CommitmentDueChange: {
      /** Format: date-time */
      changedAt: string;
      /**
       * Format: date
       * @description The due day before the move
       */
      fromDueOn: string;
      /** Format: uuid */
      id: string;
      /** @description Who moved it */
      person: components['schemas']['PersonRef'] | null;
      /** @description Why the deadline was moved */
      reason: string;
      /**
       * Format: date
       * @description The due day after the move
       */
      toDueOn: string;
    };
    CommitmentList: {
      /** @description Late ones first (the longest overdue first), then the other open ones by due day, then done and cancelled ones, the most recently due first */
      commitments: components['schemas']['Commitment'][];
      /** @description Counts over the listed commitments */
      summary: {
        cancelled: number;
        done: number;
        /** @description Done on or before their due day (included in `done`) */
        doneOnTime: number;
        open: number;
        /** @description Open commitments past their due day (included in `open`) */
        overdue: number;
      };
    };
    CommitmentReport: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @description The meeting where it was reported (null when none, or when the caller may not see it) */
      meeting: components['schemas']['MeetingRef'] | null;
      /** @description Who reported it */
      person: components['schemas']['PersonRef'] | null;
      /**
       * Format: date
       * @description The day the progress was reported for
       */
      reportedOn: string;
      text: string;
    };
    ContinuityPoint: {
      /** @description Private organizations designating a representative that day */
      designated: number;
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       */
      heldOn: string;
      /** Format: uuid */
      meetingId: string;
      number: number | null;
      /** @description How many of them had someone present */
      present: number;
      /** @description present / designated; null when none was designated */
      share: number | null;
    };
    CreatedApiToken: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** @description Shown once; store it now */
      token: string;
    };
    Decision: {
      agendaItemId: string | null;
      /** Format: date-time */
      createdAt: string;
      createdBy: components['schemas']['PersonRef'] | null;
      /** Format: uuid */
      id: string;
      problemId: string | null;
      text: string;
    };
    EmailChangeRequest: {
      /** @description Where the confirmation link was sent */
      email: string;
      /** @description Until when the link works (ISO 8601) */
      expiresAt: string;
    };
    /** @description Every error has this shape; match on `code`, show `message`. */
    Error: {
      error: {
        allowed?: string[];
        /** @enum {string} */
        code:
          | 'VALIDATION_FAILED'
          | 'UNAUTHENTICATED'
          | 'INVALID_CREDENTIALS'
          | 'OIDC_FAILED'
          | 'OIDC_EMAIL_UNVERIFIED'
          | 'OIDC_NO_ACCOUNT'
          | 'OIDC_ACCOUNT_DISABLED'
          | 'OIDC_OTHER_IDENTITY'
          | 'CSRF_TOKEN_INVALID'
          | 'FORBIDDEN'
          | 'NOT_FOUND'
          | 'CONFLICT'
          | 'STALE_WRITE'
          | 'ILLEGAL_TRANSITION'
          | 'MEETING_CLOSED'
          | 'EARLY_START_UNCONFIRMED'
          | 'ASSESSMENT_INCOMPLETE'
          | 'IDEMPOTENCY_KEY_REUSED'
          | 'IDEMPOTENCY_KEY_IN_USE'
          | 'PAYLOAD_TOO_LARGE'
          | 'ARCHIVE_REFUSED'
          | 'SPREADSHEET_TOO_LARGE'
          | 'RATE_LIMITED'
          | 'INTERNAL'
          | 'UNAVAILABLE'
          | 'DATABASE_UNAVAILABLE';
        fields?: {
          /** @description Stable name of the message: a catalogue key (`fields.*`, `matrixSheet.errors.*`), or the zod issue code when the request does not match its schema */
          key: string;
          /** @description In the caller's language */
          message: string;
          path: string;
        }[];
        message: string;
        requestId: string;
      } & {
        [key: string]: unknown;
      };
    };
    EscalationAges: {
      buckets: {
        /** @enum {string} */
        bucket: 'under_7' | 'days_7_30' | 'days_30_90' | 'over_90';
        count: number;
      }[];
      oldestDays: number | null;
      /** @description Escalations waiting for a decision or for the team */
      open: number;
    };
    EscalationDetail: {
      /** @description Days it has waited: from the day it was escalated to the day it was decided or withdrawn, or to today */
      ageDays: number;
      allowedTransitions: ('open' | 'returned' | 'decided' | 'withdrawn')[];
      brief: string;
      can: {
        /** @description Decide it or return it with questions (the high-level body) */
        decide: boolean;
        /** @description Answer the questions or withdraw it (the dedicated team) */
        respond: boolean;
      };
      /** @description When it was decided or withdrawn */
      closedAt: string | null;
      /** @description When the decision was recorded */
      decidedAt: string | null;
      /** @description Who took the decision */
      decidedBy: components['schemas']['PersonRef'] | null;
      /** @description The day the decision was taken */
      decidedOn: string | null;
      decision: string | null;
      /** Format: date-time */
      escalatedAt: string;
      escalatedBy: components['schemas']['PersonRef'] | null;
      /** @description The exchange, in the order it happened */
      events: components['schemas']['EscalationEvent'][];
      /** Format: uuid */
      id: string;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
        slug: string;
      };
      /** @description The options put to the high-level body, in order */
      options: string[];
      problem: {
        /** @description P-1, P-2… */
        code: string;
        /** Format: uuid */
        id: string;
        number: number;
        /** @enum {string} */
        status: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
        title: string;
      };
      /**
       * @description Why the ground-level body cannot unblock it: a budget allocation, a political decision, a dispute between agencies, a question of legal authority, or other
       * @enum {string}
       */
      reason: 'budget' | 'political_decision' | 'inter_agency_dispute' | 'legal_authority' | 'other';
      /**
       * @description `open` (waits for the high-level body) → `decided`, or `returned` with questions (the team answers: `open` again), or `withdrawn` by the team
       * @enum {string}
       */
      status: 'open' | 'returned' | 'decided' | 'withdrawn';
      version: number;
      /**
       * @description Never wider than the problem's
       * @enum {string}
       */
      visibility: 'public' | 'members' | 'team';
    };
    EscalationEvent: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'escalated' | 'returned' | 'answered' | 'decided' | 'withdrawn';
      /** @description Who acted */
      person: components['schemas']['PersonRef'] | null;
      /** @description The brief, the questions, the answer, the decision or why it was withdrawn */
      text: string;
    };
    EscalationList: {
      /** @description The oldest first */
      escalations: components['schemas']['EscalationDetail'][];
    };
    FeedbackLinkCreated: {
      /** Format: date-time */
      expiresAt: string;
      /** @description Whether the link was queued by e-mail (asked for, and the person has an address) */
      mailed: boolean;
      /** @description The short address to open on a phone (`/f/<token>`); shown once, never stored */
      url: string;
    };
    FeedbackLinkReported: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      verdict: 'works' | 'partly' | 'not_applied';
    };
    FeedbackLinkView: {
      /** Format: date-time */
      expiresAt: string;
      /** @description The person's language (their account's, else the Mesa's) */
      locale: string;
      mesa: {
        name: string;
      };
      /** @description Who reports through this link */
      person: {
        fullName: string;
      };
      problem: {
        /** @description P-1, P-2… */
        code: string;
        /** @enum {string} */
        status: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
        title: string;
      };
      /** @description The text of the solution most recently proposed or revised */
      solution: string | null;
    };
    FieldFeedback: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      observedOn: string | null;
      person: components['schemas']['PersonRef'] | null;
      text: string;
      /** @enum {string} */
      verdict: 'works' | 'partly' | 'not_applied';
    };
    FieldFeedbackResult: {
      feedback: components['schemas']['FieldFeedback'];
      /** @description True when negative feedback concerns an enacted or verified problem: offer to reopen it */
      offerReopen: boolean;
      problem: components['schemas']['ProblemDetail'];
    };
    FollowedRecord: {
      /** @description The commitment, when the record is one */
      commitment: {
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        dueOn: string;
        /** @enum {string} */
        status: 'open' | 'done' | 'cancelled';
        text: string;
      } | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'problem' | 'commitment';
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      /** @description The problem, when the record is one */
      problem: {
        code: string;
        /** @enum {string} */
        status: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
        title: string;
      } | null;
      /**
       * Format: date-time
       * @description When you started following it
       */
      since: string;
    };
    FollowList: {
      /** @description Newest first; only records you may still see */
      follows: components['schemas']['FollowedRecord'][];
    };
    /** @description Whether you follow a problem or a commitment: its changes are mailed to you, at most hourly */
    FollowState: {
      /** @description Whether you follow the record */
      following: boolean;
      /** @description When you started following it */
      since: string | null;
    };
    Home: {
      /** @description Your own open commitments, late ones first (at most 5 listed) */
      commitments: {
        items: components['schemas']['HomeCommitment'][];
        late: number;
        open: number;
      };
      /** @description Open escalations you may decide, the oldest first (at most 5 listed) */
      decisions: {
        count: number;
        items: components['schemas']['HomeEscalation'][];
      };
      /** @description Enacted problems of the Mesas where you represent an entity, on which you have not reported field feedback since (at most 5 listed) */
      feedback: {
        count: number;
        items: components['schemas']['HomeProblem'][];
      };
      /** @description The cross-Mesa inbox, for those who have it: open escalations you may decide, and all waiting */
      inbox: {
        awaitingDecision: number;
        waiting: number;
      } | null;
      /**
       * @description `inbox` for the high-level body: what waits for them is the escalation inbox
       * @enum {string}
       */
      landing: 'inbox' | 'home';
      /** @description The Mesas you take part in; for the coordinating office, every active Mesa too */
      mesas: components['schemas']['HomeMesa'][];
    };
    HomeCommitment: {
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       */
      dueOn: string;
      /** Format: uuid */
      id: string;
      late: boolean;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
        slug: string;
      };
      text: string;
    };
    HomeEscalation: {
      ageDays: number;
      /** Format: date-time */
      escalatedAt: string;
      /** Format: uuid */
      id: string;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
        slug: string;
      };
      problem: {
        code: string;
        /** Format: uuid */
        id: string;
        title: string;
      };
    };
    HomeMesa: {
      /** @description Sessions against the cadence; null unless the Mesa is active */
      cadence: {
        daysOverdue: number;
        nextDueOn: string | null;
        overdue: boolean;
      } | null;
      /** @description Open commitments you can see, and the late ones */
      commitments: {
        late: number;
        open: number;
      };
      /** @description Escalations waiting: for the high-level body (open) or for the team’s answer (returned) */
      escalations: {
        open: number;
        returned: number;
      };
      /** @description Enacted or verified problems with negative field feedback not yet answered */
      fieldAlerts: number;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
        slug: string;
        /** @enum {string} */
        status: 'candidate' | 'assessing' | 'active' | 'paused' | 'closed';
      };
      nextSession: {
        agendaItems: number;
        /** @description The agenda has items: it was generated from the Matrix and kept */
        agendaReady: boolean;
        /** Format: uuid */
        id: string;
        number: number | null;
        /** Format: date-time */
        startsAt: string;
        /** @enum {string} */
        state: 'draft' | 'scheduled' | 'in_progress';
        title: string;
      } | null;
      /** @description Your current roles in the Mesa */
      roles: ('team' | 'moderator' | 'public_rep' | 'private_rep' | 'high_level' | 'observer')[];
      /** @description You run it: its dedicated team, or the coordinating office */
      runs: boolean;
    };
    HomeProblem: {
      code: string;
      /** Format: date-time */
      enactedAt: string;
      /** Format: uuid */
      id: string;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
        slug: string;
      };
      title: string;
    };
    ImportRowError: {
      /** @description The column letter */
      column: string;
      /** @enum {string} */
      field:
        | 'title'
        | 'description'
        | 'category'
        | 'ownerType'
        | 'raisedByPerson'
        | 'raisedByOrganization'
        | 'status'
        | 'inFocus'
        | 'impact'
        | 'ease'
        | 'entities'
        | 'tags'
        | 'solution'
        | 'instrument'
        | 'indicators'
        | 'visibility';
      header: string;
      message: string;
      /** @description The row number as the spreadsheet shows it */
      row: number;
    };
    Indicator: {
      baselineOn: string | null;
      baselineValue: number | null;
      currentOn: string | null;
      currentValue: number | null;
      /** @enum {string} */
      direction: 'lower_is_better' | 'higher_is_better';
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      problemId: string;
      solutionId: string | null;
      source: string | null;
      targetValue: number | null;
      unit: string;
      /** Format: date-time */
      updatedAt: string;
    };
    LatestSolution: {
      filterFlags: ('subsidy' | 'tax_exemption' | 'declaratory')[];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      instrument:
        | 'law'
        | 'regulation'
        | 'procedure'
        | 'infrastructure'
        | 'entity'
        | 'program'
        | 'financing'
        | 'other';
      /** Format: date-time */
      revisedAt: string;
      /** @description The text of the current version */
      text: string;
      /** @description The current version number */
      version: number;
    };
    Lesson: {
      /** Format: date-time */
      createdAt: string;
      /** @description Who wrote it */
      createdBy: components['schemas']['PersonRef'] | null;
      /** Format: uuid */
      id: string;
      /** @description The records it draws on that you may see */
      links: {
        escalations: {
          /** Format: date-time */
          escalatedAt: string;
          /** Format: uuid */
          id: string;
          problemCode: string;
          /** Format: uuid */
          problemId: string;
          /** @enum {string} */
          reason: 'budget' | 'political_decision' | 'inter_agency_dispute' | 'legal_authority' | 'other';
          /** @enum {string} */
          status: 'open' | 'returned' | 'decided' | 'withdrawn';
        }[];
        meetings: {
          /** Format: uuid */
          id: string;
          /** @enum {string} */
          kind: 'session' | 'intersessional' | 'high_level' | 'preliminary';
          /** @description The session number; null for other meetings */
          number: number | null;
          /** Format: date-time */
          startsAt: string;
          title: string;
        }[];
        problems: {
          /** @description P-12 */
          code: string;
          /** @description Whether it was escalated to the high-level body (and not withdrawn) */
          escalated: boolean;
          /** Format: uuid */
          id: string;
          number: number;
          /** @enum {string} */
          status:
            | 'identified'
            | 'prioritized'
            | 'in_progress'
            | 'enacted'
            | 'verified'
            | 'parked'
            | 'dropped';
          title: string;
        }[];
      };
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
        slug: string;
      };
      /** @description How its problems ended, of those you see: verified when one was verified on the ground, else escalated, else dropped; null otherwise */
      outcome: ('verified' | 'dropped' | 'escalated') | null;
      tags: string[];
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back when editing the lesson (409 STALE_WRITE when stale) */
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
      whatHappened: string;
      whatWasLearned: string;
    };
    LessonList: {
      /** @description What you may do with the lessons of this Mesa */
      can: {
        /** @description Whether you may write, edit and delete this Mesa's lessons */
        write: boolean;
      };
      /** @description The newest first */
      lessons: components['schemas']['Lesson'][];
    };
    Matrix: {
      can: {
        createProblem: boolean;
        import: boolean;
        manageIndicators: boolean;
        proposeSolution: boolean;
        reportFeedback: boolean;
        reviseSolution: boolean;
        updateProblem: boolean;
      };
      categories: components['schemas']['Category'][];
      focusLimit: number;
      /** @description Set when more open problems are in focus than the Mesa’s limit */
      focusWarning: {
        count: number;
        limit: number;
      } | null;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
        slug: string;
        version: number;
      };
      /** @description In the Matrix order: focus, then status, then priority */
      problems: components['schemas']['Problem'][];
      /** @description Open problems not in focus that are important and quick, best first */
      quickWins: string[];
    };
    MatrixImportPreview: {
      columns: {
        /** @description The field this column was recognised as or mapped to */
        field:
          | (
              | 'number'
              | 'title'
              | 'description'
              | 'category'
              | 'ownerType'
              | 'raisedByPerson'
              | 'raisedByOrganization'
              | 'status'
              | 'inFocus'
              | 'impact'
              | 'ease'
              | 'entities'
              | 'tags'
              | 'solution'
              | 'instrument'
              | 'indicators'
              | 'visibility'
            )
          | null;
        header: string;
        index: number;
        letter: string;
      }[];
      /** @description The errors of every row (the first 500) */
      errors: components['schemas']['ImportRowError'][];
      /** @description The fields a column can be mapped to */
      fields: {
        /** @enum {string} */
        field:
          | 'title'
          | 'description'
          | 'category'
          | 'ownerType'
          | 'raisedByPerson'
          | 'raisedByOrganization'
          | 'status'
          | 'inFocus'
          | 'impact'
          | 'ease'
          | 'entities'
          | 'tags'
          | 'solution'
          | 'instrument'
          | 'indicators'
          | 'visibility';
        label: string;
        required: boolean;
      }[];
      headerRow: number;
      invalidRowCount: number;
      /** @description What keeps the mapping from being imported (e.g. no title column) */
      issues: {
        message: string;
        path: string;
      }[];
      /** @description Which column holds each field; fields left out are not imported */
      mapping: {
        /** @description A column of the sheet, 0 for A */
        category?: number;
        /** @description A column of the sheet, 0 for A */
        description?: number;
        /** @description A column of the sheet, 0 for A */
        ease?: number;
        /** @description A column of the sheet, 0 for A */
        entities?: number;
        /** @description A column of the sheet, 0 for A */
        impact?: number;
        /** @description A column of the sheet, 0 for A */
        indicators?: number;
        /** @description A column of the sheet, 0 for A */
        inFocus?: number;
        /** @description A column of the sheet, 0 for A */
        instrument?: number;
        /** @description A column of the sheet, 0 for A */
        ownerType?: number;
        /** @description A column of the sheet, 0 for A */
        raisedByOrganization?: number;
        /** @description A column of the sheet, 0 for A */
        raisedByPerson?: number;
        /** @description A column of the sheet, 0 for A */
        solution?: number;
        /** @description A column of the sheet, 0 for A */
        status?: number;
        /** @description A column of the sheet, 0 for A */
        tags?: number;
        /** @description A column of the sheet, 0 for A */
        title?: number;
        /** @description A column of the sheet, 0 for A */
        visibility?: number;
      };
      preview: {
        cells: {
          [key: string]: string;
        };
        errors: components['schemas']['ImportRowError'][];
        row: number;
      }[];
      rowCount: number;
      sheet: string;
      sheets: string[];
    };
    MatrixImportResult: {
      created: {
        /** @description Outcome indicators added */
        indicators: number;
        problems: number;
        solutions: number;
        /** @description Status moves made to reach each row’s status */
        transitions: number;
      };
      problems: {
        /** Format: uuid */
        id: string;
        number: number;
      }[];
    };
    MatrixView: {
      /** Format: date-time */
      createdAt: string;
      /** @description Who saved it */
      createdBy: components['schemas']['PersonRef'] | null;
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The Mesa whose Matrix the view shows
       */
      mesaId: string;
      /** @description Unique within the Mesa whatever its case */
      name: string;
      /** @description The view as the Matrix page's query string, in its normal form: only what differs from the default view; empty for the whole Matrix in its own order */
      query: {
        [key: string]: string;
      };
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back when changing the view (409 STALE_WRITE when stale) */
      version: number;
    };
    MatrixViewList: {
      /** @description What you may do with the views of this Mesa */
      can: {
        /** @description Whether you may save, rename and delete the views of this Mesa */
        manage: boolean;
      };
      /** @description By name */
      views: components['schemas']['MatrixView'][];
    };
    Me: {
      /** @description Send as X-CSRF-Token on cookie-authenticated writes */
      csrfToken: string | null;
      timeZone: string;
      user: {
        email: string;
        fullName: string;
        globalRole: ('admin' | 'coordinator' | 'high_level') | null;
        /** Format: uuid */
        id: string;
        locale: string;
        mesas: {
          /** Format: uuid */
          mesaId: string;
          roles: ('team' | 'moderator' | 'public_rep' | 'private_rep' | 'high_level' | 'observer')[];
        }[];
        /** Format: uuid */
        personId: string;
      };
    };
    Meeting: {
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      invitedCount: number;
      /**
       * @description `session`: the periodic session, numbered within the Mesa; `intersessional`: a smaller meeting between sessions on specific problems; `high_level`: with the high-level body; `preliminary`: before the Mesa is launched
       * @enum {string}
       */
      kind: 'session' | 'intersessional' | 'high_level' | 'preliminary';
      /** Format: uuid */
      mesaId: string;
      moderator: components['schemas']['PersonRef'] | null;
      /** @description The session number within the Mesa, given when it starts; null until then and for other meetings */
      number: number | null;
      onlineUrl: string | null;
      place: string;
      presentCount: number;
      publicSectorOnly: boolean;
      /** Format: date-time */
      startsAt: string;
      /**
       * @description `draft` (being prepared) → `scheduled` (announced) → `in_progress` (being held, live session mode) → `closed` (minutes frozen)
       * @enum {string}
       */
      state: 'draft' | 'scheduled' | 'in_progress' | 'closed';
      timeZone: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    MeetingAttendee: {
      /** @description null while not recorded */
      attendance: ('present' | 'absent' | 'excused') | null;
      invited: boolean;
      note: string | null;
      /** @description The organization the person represents in the Mesa */
      organization: components['schemas']['OrganizationRef'] | null;
      person: {
        fullName: string;
        /** Format: uuid */
        id: string;
        position: string | null;
      };
      recordedAt: string | null;
    };
    MeetingCommitment: {
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       */
      dueOn: string;
      /**
       * @description Derived from the due date in the deployment’s time zone
       * @enum {string}
       */
      dueState: 'overdue' | 'due_today' | 'due_soon' | 'later' | 'done' | 'cancelled';
      /** Format: uuid */
      id: string;
      organization: components['schemas']['OrganizationRef'] | null;
      person: components['schemas']['PersonRef'] | null;
      problemId: string | null;
      /** @enum {string} */
      status: 'open' | 'done' | 'cancelled';
      text: string;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    MeetingDetail: {
      agenda: components['schemas']['Agenda'];
      allowedTransitions: ('draft' | 'scheduled' | 'in_progress' | 'closed')[];
      attendanceByOrganization: components['schemas']['OrganizationAttendance'][];
      can: {
        correctMinutes: boolean;
        /** @description Whether the record may still be edited (not closed) */
        edit: boolean;
        /** @description Edit, run (start, attendance, notes, decisions) and close the meeting */
        manage: boolean;
      };
      closedAt: string | null;
      /** @description Commitments created in this meeting */
      commitments: components['schemas']['MeetingCommitment'][];
      /** @description While the meeting is being held, the agenda item the room is on: the one the moderator took up (PUT /api/meetings/{id}/current-item), else the first not discussed yet; null otherwise, when every item was discussed, or when you may not see that item */
      currentItemId: string | null;
      decisions: components['schemas']['Decision'][];
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      invitedCount: number;
      /**
       * @description `session`: the periodic session, numbered within the Mesa; `intersessional`: a smaller meeting between sessions on specific problems; `high_level`: with the high-level body; `preliminary`: before the Mesa is launched
       * @enum {string}
       */
      kind: 'session' | 'intersessional' | 'high_level' | 'preliminary';
      mesa: {
        /** Format: uuid */
        id: string;
        locale: string;
        name: string;
        slug: string;
      };
      /** Format: uuid */
      mesaId: string;
      /** @description Frozen minutes versions, oldest first */
      minutes: components['schemas']['MinutesVersion'][];
      moderator: components['schemas']['PersonRef'] | null;
      notes: string;
      /** @description The session number within the Mesa, given when it starts; null until then and for other meetings */
      number: number | null;
      onlineUrl: string | null;
      /** @description Invitees and whoever attendance was recorded for */
      participants: components['schemas']['MeetingAttendee'][];
      place: string;
      presentCount: number;
      /** @description The problems the meeting is about */
      problems: {
        /** @description P-1, P-2… */
        code: string;
        /** Format: uuid */
        id: string;
        number: number;
        /** @enum {string} */
        status: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
        title: string;
      }[];
      publicSectorOnly: boolean;
      startedAt: string | null;
      /** Format: date-time */
      startsAt: string;
      /**
       * @description `draft` (being prepared) → `scheduled` (announced) → `in_progress` (being held, live session mode) → `closed` (minutes frozen)
       * @enum {string}
       */
      state: 'draft' | 'scheduled' | 'in_progress' | 'closed';
      timeZone: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    MeetingList: {
      can: {
        /** @description Whether you may plan and run meetings of this Mesa */
        manage: boolean;
      };
      /** @description The meetings you may see, the latest start first */
      meetings: components['schemas']['Meeting'][];
    };
    /** @description A meeting the caller may see */
    MeetingRef: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'session' | 'intersessional' | 'high_level' | 'preliminary';
      /** @description The session number; null for other meetings */
      number: number | null;
      /** Format: date-time */
      startsAt: string;
      title: string;
    };
    Mesa: {
      /** @enum {string} */
      cadence: 'weekly' | 'biweekly' | 'custom';
      cadenceDays: number | null;
      description: string;
      /** @description How many open problems may be in focus before the Matrix warns (the method says 3-4) */
      focusLimit: number;
      host: components['schemas']['OrganizationRef'];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'sector' | 'factor';
      launchedOn: string | null;
      locale: string;
      myRoles: ('team' | 'moderator' | 'public_rep' | 'private_rep' | 'high_level' | 'observer')[];
      name: string;
      participantCount: number;
      /** @description Shown on the public portal and in the open data (its public records only, no sign-in) */
      published: boolean;
      /** @description When it was last published; null: never */
      publishedAt: string | null;
      /** @description Days after a missed due date the owner gets the overdue notice (at least 1); null: the day after */
      reminderDaysAfter: number | null;
      /** @description Days before a commitment's due date its owner is reminded; null: the deployment's MAIL_REMINDER_DAYS */
      reminderDaysBefore: number | null;
      sector: string;
      slug: string;
      /** @enum {string} */
      status: 'candidate' | 'assessing' | 'active' | 'paused' | 'closed';
      /** @description The IANA time zone of the Mesa: its today, due days, overdue commitments, reminders and dashboards are read there; null: the deployment's TIME_ZONE */
      timeZone: string | null;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    MesaDetail: {
      allowedTransitions: ('candidate' | 'assessing' | 'active' | 'paused' | 'closed')[];
      /** @enum {string} */
      cadence: 'weekly' | 'biweekly' | 'custom';
      cadenceDays: number | null;
      can: {
        manageParticipants: boolean;
        transition: boolean;
        update: boolean;
      };
      /** @description The composition advice of section 4.1: association staff share, small producers, neutral team */
      composition: {
        associationStaff: number;
        mostlyStaff: boolean;
        privateReps: number;
        smallProducerReps: number;
        smallProducersRepresented: boolean;
        staffShare: number | null;
        teamWithSectorResponsibility: number;
      };
      compositionWarnings: (
        | 'private_reps_mostly_staff'
        | 'no_private_reps'
        | 'no_dedicated_team'
        | 'team_holds_sector_responsibility'
      )[];
      description: string;
      events: components['schemas']['MesaEvent'][];
      /** @description How many open problems may be in focus before the Matrix warns (the method says 3-4) */
      focusLimit: number;
      formerParticipants: components['schemas']['Participant'][];
      host: components['schemas']['OrganizationRef'];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'sector' | 'factor';
      launchedOn: string | null;
      locale: string;
      myRoles: ('team' | 'moderator' | 'public_rep' | 'private_rep' | 'high_level' | 'observer')[];
      name: string;
      participantCount: number;
      /** @description Current participants, grouped as the paper groups them */
      participants: components['schemas']['ParticipantGroup'][];
      /** @description Shown on the public portal and in the open data (its public records only, no sign-in) */
      published: boolean;
      /** @description When it was last published; null: never */
      publishedAt: string | null;
      /** @description Days after a missed due date the owner gets the overdue notice (at least 1); null: the day after */
      reminderDaysAfter: number | null;
      /** @description Days before a commitment's due date its owner is reminded; null: the deployment's MAIL_REMINDER_DAYS */
      reminderDaysBefore: number | null;
      /** @description The deployment's reminder timing, used while the Mesa sets none */
      reminderDefaults: {
        daysAfter: number;
        daysBefore: number;
      };
      sector: string;
      slug: string;
      /** @enum {string} */
      status: 'candidate' | 'assessing' | 'active' | 'paused' | 'closed';
      /** @description The IANA time zone of the Mesa: its today, due days, overdue commitments, reminders and dashboards are read there; null: the deployment's TIME_ZONE */
      timeZone: string | null;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    MesaEvent: {
      fromHost: components['schemas']['OrganizationRef'] | null;
      fromStatus: ('candidate' | 'assessing' | 'active' | 'paused' | 'closed') | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'status' | 'host';
      /**
       * Format: date
       * @description A calendar date, YYYY-MM-DD
       */
      occurredOn: string;
      reason: string;
      toHost: components['schemas']['OrganizationRef'] | null;
      toStatus: ('candidate' | 'assessing' | 'active' | 'paused' | 'closed') | null;
    };
    MesaMetrics: {
      cadence: {
        months: components['schemas']['CadencePoint'][];
        standing: components['schemas']['CadenceStanding'];
      };
      circling: components['schemas']['CirclingProblem'][];
      continuity: {
        latest: number | null;
        /** @description Mean share over the latest five sessions */
        recentAverage: number | null;
        sessions: components['schemas']['ContinuityPoint'][];
      };
      escalations: components['schemas']['EscalationAges'];
      mesa: {
        /** @enum {string} */
        cadence: 'weekly' | 'biweekly' | 'custom';
        /** Format: uuid */
        id: string;
        name: string;
        slug: string;
      };
      momentum: {
        months: components['schemas']['MomentumPoint'][];
        totals: {
          enacted: number;
          verified: number;
        };
      };
      scorecard: components['schemas']['ScorecardRow'][];
      timeToStatus: {
        enacted: {
          /** @description Median calendar days; null when no problem got there */
          medianDays: number | null;
          problems: number;
        };
        verified: {
          /** @description Median calendar days; null when no problem got there */
          medianDays: number | null;
          problems: number;
        };
      };
      timeZone: string;
    };
    Minutes: {
      createdAt: string | null;
      createdBy: components['schemas']['PersonRef'] | null;
      /** @description The minutes document: title, label-value lines, then sections with a table each */
      document: {
        locale: string;
        meta: {
          label: string;
          value: string;
        }[];
        notice: string | null;
        sections: {
          columns: string[];
          empty: string;
          heading: string;
          /** @enum {string} */
          id: 'attendance' | 'agenda' | 'decisions' | 'commitments' | 'problems';
          rows: string[][];
        }[];
        title: string;
      };
      /** @description true: built now from the record of a meeting not closed yet */
      draft: boolean;
      /** @description The latest version number */
      latest: number | null;
      locale: string;
      /** Format: uuid */
      meetingId: string;
      /** @description The version; null for the draft of a meeting not closed yet */
      number: number | null;
      reason: string | null;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    MinutesVersion: {
      /** Format: date-time */
      createdAt: string;
      createdBy: components['schemas']['PersonRef'] | null;
      locale: string;
      number: number;
      /** @description Why it was corrected; null for version 1 */
      reason: string | null;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    MomentumPoint: {
      /** @description Problems that entered `enacted` in the month */
      enacted: number;
      /** @description A calendar month, YYYY-MM */
      month: string;
      /** @description Problems that entered `verified` in the month */
      verified: number;
    };
    Organization: {
      acronym: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'public_entity' | 'business_association' | 'company' | 'academia' | 'other';
      /** @enum {string} */
      level: 'national' | 'regional' | 'local';
      name: string;
      parentId: string | null;
      website: string | null;
    };
    OrganizationAttendance: {
      absent: number;
      excused: number;
      organization: components['schemas']['OrganizationRef'];
      present: number;
      /**
       * @description present if any of its people came, else excused if any excused themselves
       * @enum {string}
       */
      status: 'present' | 'absent' | 'excused';
    };
    OrganizationRef: {
      acronym: string | null;
      /** Format: uuid */
      id: string;
      name: string;
    };
    OutboxMessage: {
      /** @description Sending attempts made so far */
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      dedupeKey: string;
      /** @description Whether it carries an .ics calendar file */
      hasCalendar: boolean;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'invitation'
        | 'commitment_reminder'
        | 'commitment_overdue'
        | 'commitment_chase'
        | 'minutes'
        | 'weekly_digest'
        | 'email_change'
        | 'field_feedback_alert'
        | 'field_feedback_link'
        | 'wheel_invitation'
        | 'wheel_reminder'
        | 'follow_changes';
      /** @description Why the last attempt failed */
      lastError: string | null;
      locale: string;
      /** @description Held by a sender until then */
      lockedUntil: string | null;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** @description The Message-ID it was sent with */
      messageId: string | null;
      person: {
        fullName: string;
        /** Format: uuid */
        id: string;
      } | null;
      /**
       * Format: date-time
       * @description Not sent before this time (the next retry of a failed attempt)
       */
      sendAfter: string;
      sentAt: string | null;
      /**
       * @description `pending`: waiting to be sent, or kept in the outbox when no mail server is configured; `sent`: the mail server accepted it; `failed`: given up (too many attempts, refused, or expired)
       * @enum {string}
       */
      status: 'pending' | 'sent' | 'failed';
      subject: string;
      to: string;
    };
    OutboxMessageDetail: {
      /** @description Sending attempts made so far */
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      dedupeKey: string;
      /** @description Whether it carries an .ics calendar file */
      hasCalendar: boolean;
      html: string | null;
      ics: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'invitation'
        | 'commitment_reminder'
        | 'commitment_overdue'
        | 'commitment_chase'
        | 'minutes'
        | 'weekly_digest'
        | 'email_change'
        | 'field_feedback_alert'
        | 'field_feedback_link'
        | 'wheel_invitation'
        | 'wheel_reminder'
        | 'follow_changes';
      /** @description Why the last attempt failed */
      lastError: string | null;
      locale: string;
      /** @description Held by a sender until then */
      lockedUntil: string | null;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      /** @description The Message-ID it was sent with */
      messageId: string | null;
      person: {
        fullName: string;
        /** Format: uuid */
        id: string;
      } | null;
      /**
       * Format: date-time
       * @description Not sent before this time (the next retry of a failed attempt)
       */
      sendAfter: string;
      sentAt: string | null;
      /**
       * @description `pending`: waiting to be sent, or kept in the outbox when no mail server is configured; `sent`: the mail server accepted it; `failed`: given up (too many attempts, refused, or expired)
       * @enum {string}
       */
      status: 'pending' | 'sent' | 'failed';
      subject: string;
      text: string;
      to: string;
    };
    OutboxPage: {
      /**
       * @description `smtp`: pending messages are sent; `outbox`: no mail server is configured, they stay here
       * @enum {string}
       */
      delivery: 'smtp' | 'outbox';
      limit: number;
      /** @description Newest first */
      messages: components['schemas']['OutboxMessage'][];
      offset: number;
      total: number;
    };
    Participant: {
      designatedBy: components['schemas']['OrganizationRef'] | null;
      endedOn: string | null;
      holdsSectorResponsibility: boolean;
      /** Format: uuid */
      id: string;
      isFirstHandOperator: boolean;
      isOccasional: boolean;
      note: string | null;
      organization: components['schemas']['OrganizationRef'] | null;
      person: {
        fullName: string;
        /** Format: uuid */
        id: string;
        position: string | null;
      };
      representsSmallProducers: boolean;
      /** @enum {string} */
      role: 'team' | 'moderator' | 'public_rep' | 'private_rep' | 'high_level' | 'observer';
      startedOn: string | null;
    };
    ParticipantGroup: {
      /** @enum {string} */
      group: 'private' | 'public' | 'team' | 'high_level' | 'observers';
      participants: components['schemas']['Participant'][];
    };
    Person: {
      email: string | null;
      fullName: string;
      hasAccount: boolean;
      /** Format: uuid */
      id: string;
      organizationId: string | null;
      organizationName: string | null;
      phone: string | null;
      position: string | null;
    };
    PersonRef: {
      fullName: string;
      /** Format: uuid */
      id: string;
    };
    Portfolio: {
      advice: components['schemas']['PortfolioAdvice'][];
      escalations: components['schemas']['EscalationAges'];
      limits: {
        firstWave: {
          max: number;
          min: number;
        };
        launchWindowDays: number;
        maxActiveMesasPerMember: number;
        maxLaunchesInWindow: number;
      };
      mesas: components['schemas']['PortfolioMesa'][];
      momentum: components['schemas']['MomentumPoint'][];
      scorecard: components['schemas']['ScorecardRow'][];
      teamLoads: {
        activeMesas: number;
        fullName: string;
        mesaIds: string[];
        /** Format: uuid */
        personId: string;
      }[];
      timeZone: string;
    };
    PortfolioAdvice: {
      /** @enum {string} */
      kind:
        | 'start_few'
        | 'many_launched_at_once'
        | 'member_overloaded'
        | 'mesa_without_team'
        | 'sessions_lapsing'
        | 'room_for_next';
      /** @enum {string} */
      level: 'info' | 'warning';
      params: {
        [key: string]: string | number;
      };
    };
    PortfolioMesa: {
      cadence: {
        /** @enum {string} */
        cadence: 'weekly' | 'biweekly' | 'custom';
        daysOverdue: number;
        /** @description Sessions the cadence asked for while the Mesa was active */
        expected: number;
        /** @description Sessions held (closed) */
        held: number;
        intervalDays: number;
        lastHeldOn: string | null;
        nextDueOn: string | null;
        nextScheduledOn: string | null;
        overdue: boolean;
        /** @description held / expected */
        ratio: number | null;
      };
      commitments: {
        /** @description On time + late + overdue */
        due: number;
        /** @description Done after the due day */
        late: number;
        /** @description Done on or before the due day */
        onTime: number;
        /** @description onTime / due; null when nothing is due yet */
        onTimeRate: number | null;
        /** @description Open, the due day has passed */
        overdue: number;
        /** @description Open, not yet due */
        pending: number;
      };
      /** @description At its last closed session */
      continuity: components['schemas']['ContinuityPoint'] | null;
      escalations: {
        oldestDays: number | null;
        open: number;
      };
      host: components['schemas']['OrganizationRef'];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'sector' | 'factor';
      launchedOn: string | null;
      locale: string;
      momentum: {
        enacted: number;
        verified: number;
      };
      name: string;
      sector: string;
      slug: string;
      /** @enum {string} */
      status: 'candidate' | 'assessing' | 'active' | 'paused' | 'closed';
      team: {
        activeMesas: number;
        fullName: string;
        /** Format: uuid */
        personId: string;
      }[];
      /** @description The most active Mesas any member of its team carries */
      teamLoad: number;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    Problem: {
      allowedTransitions: (
        | 'identified'
        | 'prioritized'
        | 'in_progress'
        | 'enacted'
        | 'verified'
        | 'parked'
        | 'dropped'
      )[];
      category: components['schemas']['CategoryRef'] | null;
      /** @description Set when the problem circles: on three or more session agendas with no status change and no completed commitment */
      circling: {
        /** @description Closed sessions that discussed it since its last progress */
        sessions: number;
        /** @description Its last progress: a status change or a completed commitment */
        since: string | null;
      } | null;
      /** @description How the team refers to the row: P-1, P-2… */
      code: string;
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** @description Ease and speed of the fix, 1 (low) to 5 (high) */
      ease: number;
      /** @description The responsible public entities */
      entities: components['schemas']['OrganizationRef'][];
      /** @description Set when field feedback says the enacted (or verified) fix is not, or only partly, applied on the ground, until the problem is reopened or a later report says it works */
      fieldAlert: {
        /** Format: uuid */
        feedbackId: string;
        /**
         * Format: date-time
         * @description When the report came
         */
        reportedOn: string;
        /**
         * @description partly or not_applied
         * @enum {string}
         */
        verdict: 'works' | 'partly' | 'not_applied';
      } | null;
      /** @description Filter flags the team confirmed */
      filterFlags: ('subsidy' | 'tax_exemption' | 'declaratory')[];
      /** Format: uuid */
      id: string;
      /** @description Impact, 1 (low) to 5 (high) */
      impact: number;
      /** @description Outcome indicators, before → after */
      indicators: components['schemas']['Indicator'][];
      inFocus: boolean;
      latestFeedback: components['schemas']['FieldFeedback'] | null;
      latestSolution: components['schemas']['LatestSolution'] | null;
      /** Format: uuid */
      mesaId: string;
      /** @description The open commitment on this problem due first (ties: the one recorded first), of those you may see; null when there is none */
      nextCommitment: {
        /**
         * Format: date
         * @description The due day, YYYY-MM-DD
         */
        dueDate: string;
        /** Format: uuid */
        id: string;
        /** @description The entity it was made for */
        organization: components['schemas']['OrganizationRef'] | null;
        /** @description Its due day has passed in the Mesa's time zone */
        overdue: boolean;
        /** @description Who answers for it */
        person: components['schemas']['PersonRef'] | null;
        /** @description What was committed */
        text: string;
      } | null;
      number: number;
      /** @description Open commitments on this problem */
      openCommitmentCount: number;
      /**
       * @description MP: the government's job; YP: the private sector's job
       * @enum {string}
       */
      ownerType: 'MP' | 'YP';
      /** @description impact × ease */
      priority: number;
      /** @enum {string} */
      quadrant: 'quick_win' | 'major' | 'easy' | 'later';
      raisedByOrganization: components['schemas']['OrganizationRef'] | null;
      raisedByPerson: components['schemas']['PersonRef'] | null;
      solutionCount: number;
      /** @enum {string} */
      status: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
      /** Format: date-time */
      statusChangedAt: string;
      statusReason: string | null;
      /** @description Flags the title and description suggest and the team has neither confirmed nor dismissed */
      suggestedFlags: ('subsidy' | 'tax_exemption' | 'declaratory')[];
      tags: string[];
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    ProblemDetail: {
      allowedTransitions: (
        | 'identified'
        | 'prioritized'
        | 'in_progress'
        | 'enacted'
        | 'verified'
        | 'parked'
        | 'dropped'
      )[];
      can: {
        manageIndicators: boolean;
        proposeSolution: boolean;
        reportFeedback: boolean;
        reviseSolution: boolean;
        update: boolean;
      };
      category: components['schemas']['CategoryRef'] | null;
      /** @description Set when the problem circles: on three or more session agendas with no status change and no completed commitment */
      circling: {
        /** @description Closed sessions that discussed it since its last progress */
        sessions: number;
        /** @description Its last progress: a status change or a completed commitment */
        since: string | null;
      } | null;
      /** @description How the team refers to the row: P-1, P-2… */
      code: string;
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** @description Suggested flags the team dismissed: no longer suggested */
      dismissedFlags: ('subsidy' | 'tax_exemption' | 'declaratory')[];
      /** @description Ease and speed of the fix, 1 (low) to 5 (high) */
      ease: number;
      /** @description The responsible public entities */
      entities: components['schemas']['OrganizationRef'][];
      /** @description Newest first */
      feedback: components['schemas']['FieldFeedback'][];
      /** @description Set when field feedback says the enacted (or verified) fix is not, or only partly, applied on the ground, until the problem is reopened or a later report says it works */
      fieldAlert: {
        /** Format: uuid */
        feedbackId: string;
        /**
         * Format: date-time
         * @description When the report came
         */
        reportedOn: string;
        /**
         * @description partly or not_applied
         * @enum {string}
         */
        verdict: 'works' | 'partly' | 'not_applied';
      } | null;
      /** @description Filter flags the team confirmed */
      filterFlags: ('subsidy' | 'tax_exemption' | 'declaratory')[];
      /** @description Status changes, oldest first (the creation too) */
      history: components['schemas']['ProblemStatusEvent'][];
      /** Format: uuid */
      id: string;
      /** @description Impact, 1 (low) to 5 (high) */
      impact: number;
      /** @description Outcome indicators, before → after */
      indicators: components['schemas']['Indicator'][];
      inFocus: boolean;
      latestFeedback: components['schemas']['FieldFeedback'] | null;
      latestSolution: components['schemas']['LatestSolution'] | null;
      mesa: {
        /** Format: uuid */
        id: string;
        name: string;
        /** @description Shown on the public portal, the problem too if public */
        published: boolean;
        slug: string;
      };
      /** Format: uuid */
      mesaId: string;
      number: number;
      /** @description Open commitments on this problem */
      openCommitmentCount: number;
      /**
       * @description MP: the government's job; YP: the private sector's job
       * @enum {string}
       */
      ownerType: 'MP' | 'YP';
      /** @description impact × ease */
      priority: number;
      /** @enum {string} */
      quadrant: 'quick_win' | 'major' | 'easy' | 'later';
      raisedByOrganization: components['schemas']['OrganizationRef'] | null;
      raisedByPerson: components['schemas']['PersonRef'] | null;
      solutionCount: number;
      solutions: components['schemas']['Solution'][];
      /** @enum {string} */
      status: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
      /** Format: date-time */
      statusChangedAt: string;
      statusReason: string | null;
      /** @description Flags the title and description suggest and the team has neither confirmed nor dismissed */
      suggestedFlags: ('subsidy' | 'tax_exemption' | 'declaratory')[];
      tags: string[];
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'members' | 'team';
    };
    ProblemStatusEvent: {
      fromStatus:
        | ('identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped')
        | null;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      occurredAt: string;
      reason: string | null;
      recordedBy: components['schemas']['PersonRef'] | null;
      /** @enum {string} */
      toStatus: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
    };
    ProgressResult: {
      commitment: components['schemas']['CommitmentDetail'];
      report: components['schemas']['CommitmentReport'];
    };
    PublicMesa: {
      description: string;
      headlineAchievements: {
        baselineOn: string | null;
        baselineValue: number | null;
        currentOn: string | null;
        currentValue: number | null;
        /** @enum {string} */
        direction: 'lower_is_better' | 'higher_is_better';
        /** Format: uuid */
        id: string;
        name: string;
        problemCode: string;
        /** @enum {string} */
        problemStatus:
          | 'identified'
          | 'prioritized'
          | 'in_progress'
          | 'enacted'
          | 'verified'
          | 'parked'
          | 'dropped';
        problemTitle: string;
        source: string | null;
        targetValue: number | null;
        unit: string;
      }[];
      host: components['schemas']['OrganizationRef'];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'sector' | 'factor';
      /**
       * Format: date-time
       * @description An instant, ISO 8601
       */
      lastModified: string;
      launchedOn: string | null;
      lifecycle: {
        fromHost: components['schemas']['OrganizationRef'] | null;
        fromStatus: ('candidate' | 'assessing' | 'active' | 'paused' | 'closed') | null;
        /** @enum {string} */
        kind: 'status' | 'host';
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        occurredOn: string;
        reason: string;
        toHost: components['schemas']['OrganizationRef'] | null;
        toStatus: ('candidate' | 'assessing' | 'active' | 'paused' | 'closed') | null;
      }[];
      name: string;
      /** @description Public problems in the Matrix */
      problemCount: number;
      /** @description Public problems enacted or verified */
      problemsSolved: number;
      publishedAt: string | null;
      sector: string;
      /** @description Public sessions held (closed) */
      sessionsHeld: number;
      slug: string;
      /** @enum {string} */
      status: 'candidate' | 'assessing' | 'active' | 'paused' | 'closed';
    };
    PublicMesaDetail: {
      achievements: {
        baselineOn: string | null;
        baselineValue: number | null;
        currentOn: string | null;
        currentValue: number | null;
        /** @enum {string} */
        direction: 'lower_is_better' | 'higher_is_better';
        /** Format: uuid */
        id: string;
        name: string;
        problemCode: string;
        /** @enum {string} */
        problemStatus:
          | 'identified'
          | 'prioritized'
          | 'in_progress'
          | 'enacted'
          | 'verified'
          | 'parked'
          | 'dropped';
        problemTitle: string;
        source: string | null;
        targetValue: number | null;
        unit: string;
      }[];
      description: string;
      entityCommitments: {
        commitments: {
          /**
           * Format: date
           * @description A calendar date, YYYY-MM-DD
           */
          dueOn: string;
          /** Format: uuid */
          id: string;
          onTime: boolean | null;
          problemCode: string | null;
          /** @enum {string} */
          status: 'open' | 'done' | 'cancelled';
          text: string;
        }[];
        organization: components['schemas']['OrganizationRef'];
        record: {
          cancelled: number;
          done: number;
          late: number;
          onTime: number;
          onTimeRate: number | null;
          open: number;
          overdue: number;
          total: number;
        };
      }[];
      headlineAchievements: {
        baselineOn: string | null;
        baselineValue: number | null;
        currentOn: string | null;
        currentValue: number | null;
        /** @enum {string} */
        direction: 'lower_is_better' | 'higher_is_better';
        /** Format: uuid */
        id: string;
        name: string;
        problemCode: string;
        /** @enum {string} */
        problemStatus:
          | 'identified'
          | 'prioritized'
          | 'in_progress'
          | 'enacted'
          | 'verified'
          | 'parked'
          | 'dropped';
        problemTitle: string;
        source: string | null;
        targetValue: number | null;
        unit: string;
      }[];
      host: components['schemas']['OrganizationRef'];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'sector' | 'factor';
      /**
       * Format: date-time
       * @description An instant, ISO 8601
       */
      lastModified: string;
      launchedOn: string | null;
      lifecycle: {
        fromHost: components['schemas']['OrganizationRef'] | null;
        fromStatus: ('candidate' | 'assessing' | 'active' | 'paused' | 'closed') | null;
        /** @enum {string} */
        kind: 'status' | 'host';
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        occurredOn: string;
        reason: string;
        toHost: components['schemas']['OrganizationRef'] | null;
        toStatus: ('candidate' | 'assessing' | 'active' | 'paused' | 'closed') | null;
      }[];
      minutes: {
        /**
         * Format: date-time
         * @description An instant, ISO 8601
         */
        createdAt: string;
        decisions: {
          /** Format: uuid */
          id: string;
          problemCode: string | null;
          text: string;
        }[];
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        heldOn: string;
        /** Format: uuid */
        id: string;
        /** Format: uuid */
        meetingId: string;
        meetingNumber: number | null;
        meetingTitle: string;
        organizationsPresent: number;
        reason: string | null;
        version: number;
      }[];
      name: string;
      participants: {
        high_level: components['schemas']['OrganizationRef'][];
        private: components['schemas']['OrganizationRef'][];
        public: components['schemas']['OrganizationRef'][];
        team: components['schemas']['OrganizationRef'][];
      };
      /** @description Public problems in the Matrix */
      problemCount: number;
      problems: components['schemas']['PublicProblemSummary'][];
      /** @description Public problems enacted or verified */
      problemsSolved: number;
      publishedAt: string | null;
      sector: string;
      sessions: {
        attendingOrganizations: components['schemas']['OrganizationRef'][];
        closedAt: string | null;
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        heldOn: string;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind: 'session' | 'intersessional' | 'high_level' | 'preliminary';
        number: number | null;
        /**
         * Format: date-time
         * @description An instant, ISO 8601
         */
        startsAt: string;
        title: string;
      }[];
      /** @description Public sessions held (closed) */
      sessionsHeld: number;
      slug: string;
      /** @enum {string} */
      status: 'candidate' | 'assessing' | 'active' | 'paused' | 'closed';
    };
    PublicPortfolio: {
      lastModified: string | null;
      mesas: components['schemas']['PublicMesa'][];
    };
    PublicProblem: {
      category: {
        key: string;
        nameEn: string;
        nameEs: string;
      } | null;
      code: string;
      currentSolution: {
        /**
         * Format: date-time
         * @description An instant, ISO 8601
         */
        createdAt: string;
        instrument: string;
        number: number;
        reason: string | null;
        revisedOn: string | null;
        /** Format: uuid */
        solutionId: string;
        text: string;
      } | null;
      description: string;
      /** @description The public documents of the problem and its solutions (a decree, a study), oldest first */
      documents?: {
        contentType: string;
        /** Format: date-time */
        createdAt: string;
        filename: string;
        /**
         * Format: uuid
         * @description Download it at /api/public/documents/{id}
         */
        id: string;
        sizeBytes: number;
        title: string;
      }[];
      entities: components['schemas']['OrganizationRef'][];
      feedback: {
        observedOn: string | null;
        /**
         * Format: date
         * @description A calendar date, YYYY-MM-DD
         */
        reportedOn: string;
        /** @enum {string} */
        verdict: 'works' | 'partly' | 'not_applied';
      }[];
      /** Format: uuid */
      id: string;
      indicators: {
        baselineOn: string | null;
        baselineValue: number | null;
        currentOn: string | null;
        currentValue: number | null;
        /** @enum {string} */
        direction: 'lower_is_better' | 'higher_is_better';
        /** Format: uuid */
        id: string;
        name: string;
        source: string | null;
        targetValue: number | null;
        unit: string;
      }[];
      /**
       * Format: date-time
       * @description An instant, ISO 8601
       */
      lastModified: string;
      mesa: {
        name: string;
        slug: string;
      };
      number: number;
      solutions: {
        /** Format: uuid */
        id: string;
        instrument: string;
        versions: {
          /**
           * Format: date-time
           * @description An instant, ISO 8601
           */
          createdAt: string;
          instrument: string;
          number: number;
          reason: string | null;
          revisedOn: string | null;
          /** Format: uuid */
          solutionId: string;
          text: string;
        }[];
      }[];
      /** @enum {string} */
      status: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
      /**
       * Format: date-time
       * @description An instant, ISO 8601
       */
      statusChangedAt: string;
      timeline: {
        fromStatus:
          | ('identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped')
          | null;
        /** Format: uuid */
        id: string;
        /**
         * Format: date-time
         * @description An instant, ISO 8601
         */
        occurredAt: string;
        reason: string | null;
        /** @enum {string} */
        toStatus:
          | 'identified'
          | 'prioritized'
          | 'in_progress'
          | 'enacted'
          | 'verified'
          | 'parked'
          | 'dropped';
      }[];
      title: string;
    };
    PublicProblemSummary: {
      category: {
        key: string;
        nameEn: string;
        nameEs: string;
      } | null;
      code: string;
      currentSolution: {
        /**
         * Format: date-time
         * @description An instant, ISO 8601
         */
        createdAt: string;
        instrument: string;
        number: number;
        reason: string | null;
        revisedOn: string | null;
        /** Format: uuid */
        solutionId: string;
        text: string;
      } | null;
      description: string;
      entities: components['schemas']['OrganizationRef'][];
      /** Format: uuid */
      id: string;
      number: number;
      /** @enum {string} */
      status: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
      /**
       * Format: date-time
       * @description An instant, ISO 8601
       */
      statusChangedAt: string;
      timeline: {
        fromStatus:
          | ('identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped')
          | null;
        /** Format: uuid */
        id: string;
        /**
         * Format: date-time
         * @description An instant, ISO 8601
         */
        occurredAt: string;
        reason: string | null;
        /** @enum {string} */
        toStatus:
          | 'identified'
          | 'prioritized'
          | 'in_progress'
          | 'enacted'
          | 'verified'
          | 'parked'
          | 'dropped';
      }[];
      title: string;
    };
    ScorecardRow: {
      /** @description On time + late + overdue */
      due: number;
      /** @description The responsible entity; null for commitments without one */
      entity: {
        acronym: string | null;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind: 'public_entity' | 'business_association' | 'company' | 'academia' | 'other';
        name: string;
      } | null;
      /** @description Done after the due day */
      late: number;
      /** @description Done on or before the due day */
      onTime: number;
      /** @description onTime / due; null when nothing is due yet */
      onTimeRate: number | null;
      /** @description Open, the due day has passed */
      overdue: number;
      /** @description Open, not yet due */
      pending: number;
    };
    SearchHit:
      | {
          /** @description An excerpt around the words found, HTML-escaped, the words themselves in <mark>…</mark> */
          headline: string;
          /** @constant */
          kind: 'problem';
          mesa: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
          };
          problem: {
            code: string;
            /** Format: uuid */
            id: string;
            number: number;
            /** @enum {string} */
            status:
              | 'identified'
              | 'prioritized'
              | 'in_progress'
              | 'enacted'
              | 'verified'
              | 'parked'
              | 'dropped';
            title: string;
          };
          rank: number;
        }
      | {
          /** @description An excerpt around the words found, HTML-escaped, the words themselves in <mark>…</mark> */
          headline: string;
          /** @constant */
          kind: 'lesson';
          lesson: components['schemas']['Lesson'];
          mesa: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
          };
          rank: number;
        };
    SearchResult: {
      lang: string;
      q: string;
      results: components['schemas']['SearchHit'][];
    };
    SignInOptions: {
      /** @description Sign-in with the identity provider (GET /api/auth/oidc/start), when it is configured */
      oidc: {
        /** @description The provider, e.g. "ID Gob.pe"; null when not configured */
        name: string | null;
      } | null;
    };
    SimilarLessonList: {
      /** @description Lessons of other Mesas about a similar problem, the closest first */
      lessons: {
        /** Format: date-time */
        createdAt: string;
        /** @description Who wrote it */
        createdBy: components['schemas']['PersonRef'] | null;
        /** Format: uuid */
        id: string;
        /** @description The records it draws on that you may see */
        links: {
          escalations: {
            /** Format: date-time */
            escalatedAt: string;
            /** Format: uuid */
            id: string;
            problemCode: string;
            /** Format: uuid */
            problemId: string;
            /** @enum {string} */
            reason: 'budget' | 'political_decision' | 'inter_agency_dispute' | 'legal_authority' | 'other';
            /** @enum {string} */
            status: 'open' | 'returned' | 'decided' | 'withdrawn';
          }[];
          meetings: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: 'session' | 'intersessional' | 'high_level' | 'preliminary';
            /** @description The session number; null for other meetings */
            number: number | null;
            /** Format: date-time */
            startsAt: string;
            title: string;
          }[];
          problems: {
            /** @description P-12 */
            code: string;
            /** @description Whether it was escalated to the high-level body (and not withdrawn) */
            escalated: boolean;
            /** Format: uuid */
            id: string;
            number: number;
            /** @enum {string} */
            status:
              | 'identified'
              | 'prioritized'
              | 'in_progress'
              | 'enacted'
              | 'verified'
              | 'parked'
              | 'dropped';
            title: string;
          }[];
        };
        mesa: {
          /** Format: uuid */
          id: string;
          name: string;
          slug: string;
        };
        /** @description How its problems ended, of those you see: verified when one was verified on the ground, else escalated, else dropped; null otherwise */
        outcome: ('verified' | 'dropped' | 'escalated') | null;
        /** @description How closely it matches; higher is closer */
        rank: number;
        tags: string[];
        /** Format: date-time */
        updatedAt: string;
        /** @description Send it back when editing the lesson (409 STALE_WRITE when stale) */
        version: number;
        /** @enum {string} */
        visibility: 'public' | 'members' | 'team';
        whatHappened: string;
        whatWasLearned: string;
      }[];
    };
    Solution: {
      /** @description The day the Mesa agreed on it (reform tracking) */
      agreedOn: string | null;
      /** Format: date-time */
      createdAt: string;
      currentVersion: number;
      /** @description Suggested flags the team dismissed: no longer suggested */
      dismissedFlags: ('subsidy' | 'tax_exemption' | 'declaratory')[];
      /** @description The day the draft of its instrument was ready (reform tracking) */
      draftedOn: string | null;
      /** @description Filter flags the team confirmed */
      filterFlags: ('subsidy' | 'tax_exemption' | 'declaratory')[];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      instrument:
        | 'law'
        | 'regulation'
        | 'procedure'
        | 'infrastructure'
        | 'entity'
        | 'program'
        | 'financing'
        | 'other';
      /** @description The norm that enacts it; null when none is cited */
      norm: {
        date: string | null;
        name: string | null;
        number: string | null;
        /** @description The official gazette link */
        url: string | null;
      } | null;
      /** Format: uuid */
      problemId: string;
      proposedByOrganization: components['schemas']['OrganizationRef'] | null;
      /** @description Flags the current text suggests and the team has neither confirmed nor dismissed */
      suggestedFlags: ('subsidy' | 'tax_exemption' | 'declaratory')[];
      /** @description The text of the current version */
      text: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Edit version for optimistic locking (changes with every edit or revision) */
      version: number;
      /** @description Every version, oldest first */
      versions: components['schemas']['SolutionVersion'][];
    };
    SolutionVersion: {
      /** Format: date-time */
      createdAt: string;
      number: number;
      /** @description Why the text changed; null for the first version */
      reason: string | null;
      revisedBy: components['schemas']['PersonRef'] | null;
      revisedOn: string | null;
      text: string;
    };
  };
  responses: {
    /** @description The request does not match the operation or cannot be stored: `VALIDATION_FAILED`, `OIDC_FAILED`, `ARCHIVE_REFUSED`, `SPREADSHEET_TOO_LARGE`. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The record changed since you read it, or the change is not allowed now: `OIDC_OTHER_IDENTITY`, `CONFLICT`, `STALE_WRITE`, `ILLEGAL_TRANSITION`, `MEETING_CLOSED`, `EARLY_START_UNCONFIRMED`, `ASSESSMENT_INCOMPLETE`, `IDEMPOTENCY_KEY_REUSED`, `IDEMPOTENCY_KEY_IN_USE`. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Not allowed for you, or the CSRF token is missing: `OIDC_EMAIL_UNVERIFIED`, `OIDC_NO_ACCOUNT`, `OIDC_ACCOUNT_DISABLED`, `CSRF_TOKEN_INVALID`, `FORBIDDEN`. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such record, or not one you may see: `NOT_FOUND`. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The request body is too large: `PAYLOAD_TOO_LARGE`. */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The server failed, or its database is unavailable for a moment: `INTERNAL`, `UNAVAILABLE`, `DATABASE_UNAVAILABLE`. */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Too many attempts: wait as Retry-After says: `RATE_LIMITED`. */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Not signed in, or the credentials are wrong: `UNAUTHENTICATED`, `INVALID_CREDENTIALS`. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listAccounts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accounts: components['schemas']['Account'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  createAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          fullName?: string;
          /** @default null */
          globalRole?: ('admin' | 'coordinator' | 'high_level') | null;
          /** @default es */
          locale?: string;
          organizationId?: string | null;
          password: string;
          /** Format: uuid */
          personId?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          disabled?: boolean;
          globalRole?: ('admin' | 'coordinator' | 'high_level') | null;
          locale?: string;
          password?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listOutbox: {
    parameters: {
      query?: {
        kind?:
          | 'invitation'
          | 'commitment_reminder'
          | 'commitment_overdue'
          | 'commitment_chase'
          | 'minutes'
          | 'weekly_digest'
          | 'email_change'
          | 'field_feedback_alert'
          | 'field_feedback_link'
          | 'wheel_invitation'
          | 'wheel_reminder'
          | 'follow_changes';
        limit?: number;
        offset?: number;
        /** @description `pending`: waiting to be sent, or kept in the outbox when no mail server is configured; `sent`: the mail server accepted it; `failed`: given up (too many attempts, refused, or expired) */
        status?: 'pending' | 'sent' | 'failed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getOutboxMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxMessageDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  importMesaArchive: {
    parameters: {
      query?: {
        /** @description Report what would be created and matched, and write nothing */
        dryRun?: 'true' | 'false';
        /** @description The address the Mesa takes here, when its own is taken */
        slug?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The archive (a ZIP file, as GET /api/mesas/{id}/archive gives it), at most 100 MB */
    requestBody: {
      content: {
        'application/zip': Blob;
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArchiveImportReport'];
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArchiveImportReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listAssessmentQuestions: {
    parameters: {
      query?: {
        includeRetired?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            questions: components['schemas']['AssessmentQuestion'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  createAssessmentQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          area: 'convener' | 'public_sector' | 'team' | 'sector' | 'private_sector';
          flagOnPartly?: boolean;
          /** @description lower-case letters, digits, underscores and dots */
          key: string;
          position?: number;
          redFlag?: string | null;
          textEn: string;
          textEs: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentQuestion'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  updateAssessmentQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          flagOnPartly?: boolean;
          position?: number;
          redFlag?: string | null;
          /** @description Retire (true) or restore (false); questions are never deleted */
          retired?: boolean;
          textEn?: string;
          textEs?: string;
          /** @description The version you read; a stale one answers 409 STALE_WRITE */
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentQuestion'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Assessment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  decideAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description With decision launch: make the Mesa active in the same step (dated today in the Mesa's zone); an active Mesa stays as it is */
          activate?: boolean;
          /** @description Launch although checklist questions are unanswered; without it that answers 409 ASSESSMENT_INCOMPLETE */
          confirmIncomplete?: boolean;
          /**
           * Format: date
           * @description A calendar date, YYYY-MM-DD
           */
          decidedOn?: string;
          /** @enum {string} */
          decision: 'launch' | 'not_now' | 'no';
          rationale: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Assessment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listAuditEvents: {
    parameters: {
      query?: {
        entityId?: string;
        entityType?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            events: components['schemas']['AuditEvent'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  verifyAuditLog: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerification'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          password: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          locale: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  finishOidcSignIn: {
    parameters: {
      query?: {
        /** @description Any query parameters, as the caller sends them */
        params?: {
          [key: string]: string;
        };
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description A redirect (Location header); no body */
      303: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  startOidcSignIn: {
    parameters: {
      query?: {
        redirect?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description A redirect (Location header); no body */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  getSignInOptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInOptions'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  changeOwnPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
    };
  };
  listApiTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            tokens: components['schemas']['ApiToken'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  createApiToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiToken'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  revokeApiToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  readCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The secret token of a personal calendar feed */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The feed as iCalendar (RFC 5545) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  listCategories: {
    parameters: {
      query?: {
        includeArchived?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            categories: components['schemas']['Category'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  createCategory: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A stable key, e.g. red_tape */
          key: string;
          nameEn: string;
          nameEs: string;
          position?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Category'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  updateCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Archive (categories are never deleted) or restore */
          archived?: boolean;
          nameEn?: string;
          nameEs?: string;
          position?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Category'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  updateCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description A new due day: today or later, with a `reason`; the move is kept in `dueChanges`
           */
          dueOn?: string;
          /** @description The entity; when only the person changes, the new person's entity */
          organizationId?: string | null;
          /**
           * Format: uuid
           * @description A new owner, who takes part in the Mesa
           */
          personId?: string;
          problemId?: string | null;
          /** @description Why it is cancelled or reopened, or its due day moved */
          reason?: string | null;
          solutionId?: string | null;
          /**
           * @description done; cancelled (with a reason); open again from done or cancelled (with a reason)
           * @enum {string}
           */
          status?: 'open' | 'done' | 'cancelled';
          text?: string;
          /** @description The version you read; a stale one answers 409 STALE_WRITE */
          version: number;
          /** @enum {string} */
          visibility?: 'public' | 'members' | 'team';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listCommitmentDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description What you may do with the documents of this record */
            can: {
              /** @description Whether you may upload and delete documents here */
              manage: boolean;
            };
            /** @description Oldest first; only those you may see */
            documents: {
              /** @enum {string} */
              contentType:
                | 'application/pdf'
                | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
                | 'application/vnd.oasis.opendocument.text'
                | 'application/vnd.oasis.opendocument.spreadsheet'
                | 'application/vnd.oasis.opendocument.presentation'
                | 'image/png'
                | 'image/jpeg'
                | 'text/plain'
                | 'text/csv';
              /** Format: date-time */
              createdAt: string;
              /** @description Where to download the file (GET, same credentials) */
              downloadUrl: string;
              /** @description The file name it was uploaded with, and is downloaded with */
              filename: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              mesaId: string;
              /** @description The record the document is attached to */
              record: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'problem' | 'solution' | 'meeting' | 'commitment';
              };
              /** @description SHA-256 of the file, hex; also the ETag of its download */
              sha256: string;
              sizeBytes: number;
              /** @description For a solution's document: the version it goes with, when it names one */
              solutionVersion: number | null;
              title: string;
              uploadedBy: components['schemas']['PersonRef'] | null;
              /**
               * @description Never wider than the record’s
               * @enum {string}
               */
              visibility: 'public' | 'members' | 'team';
            }[];
            /** @description The largest file the server takes (DOCUMENT_MAX_BYTES) */
            maxBytes: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  uploadCommitmentDocument: {
    parameters: {
      query: {
        /** @description The original file name (a path is cut to its last part), used when the file is downloaded */
        filename: string;
        /** @description What the document is, e.g. "Decreto Supremo 020-2015-MINAGRI" */
        title: string;
        /** @description Who sees it; by default the record’s visibility, and never wider (400 otherwise) */
        visibility?: 'public' | 'members' | 'team';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description The file itself, with its own Content-Type: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, plain text or CSV */
    requestBody: {
      content: {
        'application/octet-stream': Blob;
        'application/pdf': Blob;
        'image/jpeg': Blob;
        'image/png': Blob;
        'text/plain': Blob;
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            contentType:
              | 'application/pdf'
              | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
              | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
              | 'application/vnd.oasis.opendocument.text'
              | 'application/vnd.oasis.opendocument.spreadsheet'
              | 'application/vnd.oasis.opendocument.presentation'
              | 'image/png'
              | 'image/jpeg'
              | 'text/plain'
              | 'text/csv';
            /** Format: date-time */
            createdAt: string;
            /** @description Where to download the file (GET, same credentials) */
            downloadUrl: string;
            /** @description The file name it was uploaded with, and is downloaded with */
            filename: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mesaId: string;
            /** @description The record the document is attached to */
            record: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'problem' | 'solution' | 'meeting' | 'commitment';
            };
            /** @description SHA-256 of the file, hex; also the ETag of its download */
            sha256: string;
            sizeBytes: number;
            /** @description For a solution's document: the version it goes with, when it names one */
            solutionVersion: number | null;
            title: string;
            uploadedBy: components['schemas']['PersonRef'] | null;
            /**
             * @description Never wider than the record’s
             * @enum {string}
             */
            visibility: 'public' | 'members' | 'team';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getCommitmentFollow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  followCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  unfollowCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  reportProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The meeting where it was reported: a meeting of the Mesa that is not closed */
          meetingId?: string | null;
          /**
           * Format: date
           * @description The day reported for; today by default, never later
           */
          reportedOn?: string;
          /** @description What was done, what is missing */
          text: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  downloadDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The file, with its Content-Type, its name in Content-Disposition and its SHA-256 as ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': Blob;
        };
      };
      /** @description Not modified: the ETag in If-None-Match is current; no body */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  deleteDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listEscalationInbox: {
    parameters: {
      query?: {
        /** @description Which escalations: open (default), returned, decided, withdrawn or all */
        status?: 'open' | 'returned' | 'decided' | 'withdrawn' | 'all';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EscalationList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getEscalation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EscalationDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  answerEscalation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
          /** @description When given, must match the stored version (409 STALE_WRITE) */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EscalationDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  decideEscalation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Who took it; by default the person recording it */
          decidedByPersonId?: string | null;
          /** @description The day it was taken; today by default; not in the future */
          decidedOn?: string | null;
          decision: string;
          /** @description When given, must match the stored version (409 STALE_WRITE) */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EscalationDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  returnEscalation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          questions: string;
          /** @description When given, must match the stored version (409 STALE_WRITE) */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EscalationDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  withdrawEscalation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          /** @description When given, must match the stored version (409 STALE_WRITE) */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EscalationDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  openFeedbackLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The secret token of a field-feedback link */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackLinkView'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
    };
  };
  reportThroughFeedbackLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The secret token of a field-feedback link */
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description What the person sees on the ground */
          text: string;
          /** @enum {string} */
          verdict: 'works' | 'partly' | 'not_applied';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackLinkReported'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
    };
  };
  updateIndicator: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          baselineOn?: string | null;
          baselineValue?: number | null;
          currentOn?: string | null;
          currentValue?: number | null;
          /** @enum {string} */
          direction?: 'lower_is_better' | 'higher_is_better';
          name?: string;
          solutionId?: string | null;
          source?: string | null;
          targetValue?: number | null;
          unit?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Indicator'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getLesson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lesson'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  deleteLesson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateLesson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The records the lesson draws on, by kind; each one of the Mesa and listed once (400 VALIDATION_FAILED otherwise). When editing, a kind given replaces that kind */
          links?: {
            /** @description Escalations of the lesson's Mesa the lesson draws on (at most 20) */
            escalationIds?: string[];
            /** @description Sessions and other meetings of the lesson's Mesa the lesson draws on (at most 20) */
            meetingIds?: string[];
            /** @description Problems of the lesson's Mesa the lesson draws on (at most 20) */
            problemIds?: string[];
          };
          /** @description Words to find it by, e.g. "permisos" */
          tags?: string[];
          /** @description When given, must match the stored version (409 STALE_WRITE) */
          version?: number;
          /**
           * @description Who may read it: public, members (the default) or the dedicated team
           * @enum {string}
           */
          visibility?: 'public' | 'members' | 'team';
          /** @description What happened: the problem, what was tried, how it ended (verified on the ground, dropped, escalated) */
          whatHappened?: string;
          /** @description What was learned: what another Mesa facing a similar problem should know or do */
          whatWasLearned?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lesson'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  deleteMatrixView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateMatrixView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The name the team gives the view, e.g. "For Thursday's session"; unique within the Mesa whatever its case */
          name?: string;
          /** @description The view as the Matrix page's query string (`q`, `status`, `category`, `owner`, `entity`, `focus`, `flags`, `groupBy`, `sort`, `dir`, `hide`). It is stored in its normal form: unknown parameters and values are dropped, and so are those equal to the default */
          query?: {
            [key: string]: string;
          };
          /** @description When given, must match the stored version (409 STALE_WRITE) */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatrixView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedStatus'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  rotateCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedCreated'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  revokeCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedRevoked'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  listMyCommitments: {
    parameters: {
      query?: {
        /** @description true: only open commitments whose due day has passed */
        overdue?: 'true' | 'false';
        /** @description Only commitments with this status */
        status?: 'open' | 'done' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  requestEmailChange: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailChangeRequest'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  confirmEmailChange: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listMyFollows: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  getHome: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Home'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  getMeeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  deleteMeeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  updateMeeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date-time
           * @description When it ends; must be after startsAt
           */
          endsAt?: string;
          /** @description Replaces the invitees; people whose attendance was recorded stay on the record as not invited */
          invitees?: string[];
          /** @description Who moderates: a current participant with the team or moderator role in the Mesa */
          moderatorPersonId?: string | null;
          /** @description Free notes of the session record */
          notes?: string;
          /** @description The video-call link, http(s); null for none */
          onlineUrl?: string | null;
          /** @description Where it is held */
          place?: string;
          /** @description Replaces the linked problems */
          problemIds?: string[];
          /** @description Only for an inter-sessional meeting: among public entities only; private representatives and observers do not see it */
          publicSectorOnly?: boolean;
          /**
           * Format: date-time
           * @description When it starts (ISO 8601 with offset)
           */
          startsAt?: string;
          /**
           * @description Announce (`scheduled`) or withdraw to `draft`; start and close have their own routes
           * @enum {string}
           */
          state?: 'draft' | 'scheduled';
          /** @description The IANA time zone it is held in (e.g. America/Lima); by default its Mesa’s, else the deployment’s TIME_ZONE */
          timeZone?: string;
          /** @description What the meeting is about; may be empty for a session */
          title?: string;
          /** @description The version you read; a stale one answers 409 STALE_WRITE */
          version: number;
          /**
           * @description Who may see the meeting: `members` (every participant of the Mesa, the default), `team` (the dedicated team only) or `public`
           * @enum {string}
           */
          visibility?: 'public' | 'members' | 'team';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getAgenda: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Agenda'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  saveAgenda: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description `current` (default): edit the agenda as it stands; `draft`: start again from a fresh draft
           * @enum {string}
           */
          base?: 'current' | 'draft';
          /** @description Applied in order; an empty list saves the agenda as it stands */
          edits: (
            | {
                key: string;
                /** @enum {string} */
                op: 'move';
                /** @description The new 0-based position */
                to: number;
              }
            | {
                key: string;
                /** @enum {string} */
                op: 'remove';
              }
            | {
                key: string;
                minutes: number;
                /** @enum {string} */
                op: 'set_minutes';
              }
            | {
                key: string;
                /** @enum {string} */
                op: 'set_title';
                title: string;
              }
            | {
                /** @description 0-based position; at the end by default */
                at?: number;
                /** @description 5 by default */
                minutes?: number;
                /** @enum {string} */
                op: 'add';
                /** @description A problem of the Mesa the item is about */
                problemId?: string | null;
                title: string;
              }
          )[];
          /** @description The meeting’s version; a stale one answers 409 STALE_WRITE */
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Agenda'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  updateAgendaItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
        /** @description The agenda item */
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description true marks it discussed now; false clears the mark */
          discussed?: boolean;
          /** @description What was said about the item */
          notes?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgendaItem'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  recordAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          entries: {
            note?: string | null;
            /**
             * Format: uuid
             * @description An invitee, or a current participant of the Mesa in the meeting’s audience
             */
            personId: string;
            /** @description null clears what was recorded */
            status: ('present' | 'absent' | 'excused') | null;
          }[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  closeMeeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description When given, the meeting’s version you read; a stale one answers 409 STALE_WRITE */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  setCurrentAgendaItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The agenda item of this meeting the room takes up now; null: back to the first not discussed */
          itemId: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  addDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The agenda item it was taken under */
          agendaItemId?: string | null;
          /** @description The problem it is about; the agenda item’s by default */
          problemId?: string | null;
          text: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Decision'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  removeDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The decision */
        decisionId: string;
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listMeetingDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description What you may do with the documents of this record */
            can: {
              /** @description Whether you may upload and delete documents here */
              manage: boolean;
            };
            /** @description Oldest first; only those you may see */
            documents: {
              /** @enum {string} */
              contentType:
                | 'application/pdf'
                | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
                | 'application/vnd.oasis.opendocument.text'
                | 'application/vnd.oasis.opendocument.spreadsheet'
                | 'application/vnd.oasis.opendocument.presentation'
                | 'image/png'
                | 'image/jpeg'
                | 'text/plain'
                | 'text/csv';
              /** Format: date-time */
              createdAt: string;
              /** @description Where to download the file (GET, same credentials) */
              downloadUrl: string;
              /** @description The file name it was uploaded with, and is downloaded with */
              filename: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              mesaId: string;
              /** @description The record the document is attached to */
              record: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'problem' | 'solution' | 'meeting' | 'commitment';
              };
              /** @description SHA-256 of the file, hex; also the ETag of its download */
              sha256: string;
              sizeBytes: number;
              /** @description For a solution's document: the version it goes with, when it names one */
              solutionVersion: number | null;
              title: string;
              uploadedBy: components['schemas']['PersonRef'] | null;
              /**
               * @description Never wider than the record’s
               * @enum {string}
               */
              visibility: 'public' | 'members' | 'team';
            }[];
            /** @description The largest file the server takes (DOCUMENT_MAX_BYTES) */
            maxBytes: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  uploadMeetingDocument: {
    parameters: {
      query: {
        /** @description The original file name (a path is cut to its last part), used when the file is downloaded */
        filename: string;
        /** @description What the document is, e.g. "Decreto Supremo 020-2015-MINAGRI" */
        title: string;
        /** @description Who sees it; by default the record’s visibility, and never wider (400 otherwise) */
        visibility?: 'public' | 'members' | 'team';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description The file itself, with its own Content-Type: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, plain text or CSV */
    requestBody: {
      content: {
        'application/octet-stream': Blob;
        'application/pdf': Blob;
        'image/jpeg': Blob;
        'image/png': Blob;
        'text/plain': Blob;
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            contentType:
              | 'application/pdf'
              | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
              | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
              | 'application/vnd.oasis.opendocument.text'
              | 'application/vnd.oasis.opendocument.spreadsheet'
              | 'application/vnd.oasis.opendocument.presentation'
              | 'image/png'
              | 'image/jpeg'
              | 'text/plain'
              | 'text/csv';
            /** Format: date-time */
            createdAt: string;
            /** @description Where to download the file (GET, same credentials) */
            downloadUrl: string;
            /** @description The file name it was uploaded with, and is downloaded with */
            filename: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mesaId: string;
            /** @description The record the document is attached to */
            record: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'problem' | 'solution' | 'meeting' | 'commitment';
            };
            /** @description SHA-256 of the file, hex; also the ETag of its download */
            sha256: string;
            sizeBytes: number;
            /** @description For a solution's document: the version it goes with, when it names one */
            solutionVersion: number | null;
            title: string;
            uploadedBy: components['schemas']['PersonRef'] | null;
            /**
             * @description Never wider than the record’s
             * @enum {string}
             */
            visibility: 'public' | 'members' | 'team';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  followMeetingEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description text/event-stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description The meeting is closed: there is no live session (an EventSource stops reconnecting) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getMinutes: {
    parameters: {
      query?: {
        /** @description A version number; the latest by default */
        version?: number;
      };
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Minutes'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  correctMinutes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    /** @description A correction: a new minutes version; earlier versions are kept unchanged */
    requestBody: {
      content: {
        'application/json': {
          /** @description The whole corrected document */
          content?: {
            locale: string;
            meta: {
              label: string;
              value: string;
            }[];
            notice: string | null;
            sections: {
              columns: string[];
              empty: string;
              heading: string;
              /** @enum {string} */
              id: 'attendance' | 'agenda' | 'decisions' | 'commitments' | 'problems';
              rows: string[][];
            }[];
            title: string;
          };
          /** @description Why the minutes are corrected; shown in the new version */
          reason: string;
          /** @description Corrected rows of some sections (each row as many cells as the section has columns) */
          sections?: {
            /** @enum {string} */
            id: 'attendance' | 'agenda' | 'decisions' | 'commitments' | 'problems';
            rows: string[][];
          }[];
          /**
           * @description Who may read this version; the previous version’s by default
           * @enum {string}
           */
          visibility?: 'public' | 'members' | 'team';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Minutes'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  exportMinutesMarkdown: {
    parameters: {
      query?: {
        /** @description A version number; the latest by default */
        version?: number;
      };
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The minutes in Markdown */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/markdown': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportMinutesPdf: {
    parameters: {
      query?: {
        /** @description A version number; the latest by default */
        version?: number;
      };
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The minutes in PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  startMeeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The meeting */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Start a session more than a day before its scheduled day; without it that answers 409 EARLY_START_UNCONFIRMED */
          confirmEarly?: boolean;
          /** @description When given, the meeting’s version you read; a stale one answers 409 STALE_WRITE */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listMesas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mesas: components['schemas']['Mesa'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  createMesa: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default biweekly
           * @enum {string}
           */
          cadence?: 'weekly' | 'biweekly' | 'custom';
          cadenceDays?: number | null;
          /** @default  */
          description?: string;
          /** Format: uuid */
          hostOrganizationId: string;
          /** @enum {string} */
          kind: 'sector' | 'factor';
          launchedOn?: string | null;
          /** @default es */
          locale?: string;
          name: string;
          sector: string;
          slug?: string;
          /**
           * @default candidate
           * @enum {string}
           */
          status?: 'candidate' | 'assessing' | 'active';
          /** @description An IANA time zone such as Africa/Tunis; null or absent: the deployment's TIME_ZONE */
          timeZone?: string | null;
          /**
           * @default members
           * @enum {string}
           */
          visibility?: 'public' | 'members' | 'team';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MesaDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getMesa: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MesaDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  updateMesa: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          cadence?: 'weekly' | 'biweekly' | 'custom';
          cadenceDays?: number | null;
          description?: string;
          focusLimit?: number;
          /** @enum {string} */
          kind?: 'sector' | 'factor';
          locale?: string;
          name?: string;
          /** @description Publish the Mesa on the public portal and in the open data (its public records only), or withdraw it */
          published?: boolean;
          /** @description Send the overdue notice this many days after the due date (0-60; 0 and 1: the day after); null: the day after */
          reminderDaysAfter?: number | null;
          /** @description Remind owners this many days before the due date (0-60); null: the deployment's setting */
          reminderDaysBefore?: number | null;
          sector?: string;
          /** @description An IANA time zone such as Africa/Tunis; null or absent: the deployment's TIME_ZONE */
          timeZone?: string | null;
          /** @description The version you read; a stale one answers 409 STALE_WRITE */
          version: number;
          /** @enum {string} */
          visibility?: 'public' | 'members' | 'team';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MesaDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  exportMesaArchive: {
    parameters: {
      query?: {
        /** @description Include people’s e-mail addresses and phones (left out by default) */
        contacts?: 'true' | 'false';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The archive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/zip': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description With decision launch: make the Mesa active in the same step (dated today in the Mesa's zone); an active Mesa stays as it is */
          activate?: boolean;
          answers: {
            /** @enum {string} */
            answer: 'yes' | 'partly' | 'no';
            evidence?: string;
            note?: string;
            /** Format: uuid */
            questionId: string;
          }[];
          /**
           * Format: date
           * @description Today by default; never in the future
           */
          assessedOn?: string;
          /** @description Launch although checklist questions are unanswered; without it that answers 409 ASSESSMENT_INCOMPLETE */
          confirmIncomplete?: boolean;
          /**
           * Format: date
           * @description A calendar date, YYYY-MM-DD
           */
          decidedOn?: string;
          decision?: ('launch' | 'not_now' | 'no') | null;
          /** @description Preliminary stakeholder meetings of this Mesa the assessment draws on */
          meetingIds?: string[];
          /** @description Required with a decision */
          rationale?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Assessment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getMesaAuditTrail: {
    parameters: {
      query?: {
        /** @description The `nextBefore` of the previous page */
        before?: number;
        entityId?: string;
        entityType?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditTrail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportMesaCalendar: {
    parameters: {
      query?: {
        /** @description The language of event titles and descriptions; by default your account's */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The meetings as iCalendar (RFC 5545) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listMesaCommitments: {
    parameters: {
      query?: {
        /** @description Only those created in this meeting */
        meetingId?: string;
        /** @description Only those of this entity */
        organizationId?: string;
        /** @description true: only open commitments whose due day has passed */
        overdue?: 'true' | 'false';
        /** @description Only those of this person */
        personId?: string;
        /** @description Only those about this problem */
        problemId?: string;
        /** @description Only commitments with this status */
        status?: 'open' | 'done' | 'cancelled';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  createCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description The due day (YYYY-MM-DD) in the Mesa's time zone; today or later
           */
          dueOn: string;
          /** @description The meeting where it was agreed: a meeting of the Mesa that is not closed */
          meetingId?: string | null;
          /** @description The entity that commits. By default the one the person represents in the Mesa (who designated them, else their own organization) */
          organizationId?: string | null;
          /**
           * Format: uuid
           * @description Who commits: a person who currently takes part in the Mesa
           */
          personId: string;
          /** @description A problem of the Mesa */
          problemId?: string | null;
          /** @description A solution of that problem (or of the Mesa) */
          solutionId?: string | null;
          /** @description What they commit to do */
          text: string;
          /**
           * @description Who may see it (default members); the person who commits must be able to see it
           * @enum {string}
           */
          visibility?: 'public' | 'members' | 'team';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getCommitmentBoard: {
    parameters: {
      query?: {
        dir?: 'asc' | 'desc';
        /** @description Only those of this entity */
        entity?: string;
        /** @description Only those of this person */
        owner?: string;
        /** @description Words in the text, owner, entity or problem */
        q?: string;
        sort?: 'due' | 'owner' | 'entity' | 'status';
        /** @description open (late included), due_this_week (open, due from today to Sunday of the Mesa's week), late, done */
        state?: 'open' | 'due_this_week' | 'late' | 'done';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentBoard'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  previewChase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChaseResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  chaseLateOwners: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Nothing to send: the chase reminds every late owner with an address (send {}) */
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChaseResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listMesaEscalations: {
    parameters: {
      query?: {
        /** @description Which escalations: all (default), open, returned, decided or withdrawn */
        status?: 'open' | 'returned' | 'decided' | 'withdrawn' | 'all';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EscalationList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listMesaLessons: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LessonList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  createLesson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The records the lesson draws on, by kind; each one of the Mesa and listed once (400 VALIDATION_FAILED otherwise). When editing, a kind given replaces that kind */
          links?: {
            /** @description Escalations of the lesson's Mesa the lesson draws on (at most 20) */
            escalationIds?: string[];
            /** @description Sessions and other meetings of the lesson's Mesa the lesson draws on (at most 20) */
            meetingIds?: string[];
            /** @description Problems of the lesson's Mesa the lesson draws on (at most 20) */
            problemIds?: string[];
          };
          /** @description Words to find it by, e.g. "permisos" */
          tags?: string[];
          /**
           * @description Who may read it: public, members (the default) or the dedicated team
           * @enum {string}
           */
          visibility?: 'public' | 'members' | 'team';
          /** @description What happened: the problem, what was tried, how it ended (verified on the ground, dropped, escalated) */
          whatHappened: string;
          /** @description What was learned: what another Mesa facing a similar problem should know or do */
          whatWasLearned: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lesson'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getMatrix: {
    parameters: {
      query?: {
        /** @description The language of the query; both Spanish and English are always matched */
        lang?: string;
        /** @description Only the problems the full-text search finds, as in GET /api/search ("quoted phrases", OR and -excluded words work); empty for the whole Matrix */
        q?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Matrix'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listMatrixViews: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatrixViewList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  createMatrixView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The name the team gives the view, e.g. "For Thursday's session"; unique within the Mesa whatever its case */
          name: string;
          /** @description The view as the Matrix page's query string (`q`, `status`, `category`, `owner`, `entity`, `focus`, `flags`, `groupBy`, `sort`, `dir`, `hide`). It is stored in its normal form: unknown parameters and values are dropped, and so are those equal to the default */
          query: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatrixView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  exportMatrixCsv: {
    parameters: {
      query?: {
        /** @description A category key, or `none` for the problems without one */
        category?: string;
        /** @description true: add the next commitment, its due day, its owner and the count of open commitments (those you may see) as the last columns */
        commitments?: 'true' | 'false';
        /** @description `asc` (default) or `desc` */
        dir?: string;
        /** @description The id of a responsible entity, or `none` for the problems without one */
        entity?: string;
        /** @description `any` (some confirmed filter flag, on the problem or its latest solution), `suggested` (an open suggestion) or one flag */
        flags?: string;
        /** @description `yes` (in focus) or `no` */
        focus?: string;
        /** @description `category` or `entity`: how the screen groups the rows (the sheet lists them ungrouped) */
        groupBy?: string;
        /** @description View columns to leave out, comma-separated: status, focus, category, owner, entities, impact, ease, priority, next, solution, indicators, flags (number and title always stay) */
        hide?: string;
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
        /** @description `MP` or `YP` */
        owner?: string;
        /** @description Only the problems the full-text search finds, as GET /api/mesas/{id}/matrix does with `q` */
        q?: string;
        /** @description A column to sort by: number, title, status, focus, category, owner, entities, impact, ease, priority or next (the next commitment's due day); empty values last. Without it, the Matrix order */
        sort?: string;
        /** @description `open` (identified, prioritized or in progress) or one status */
        status?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The Matrix as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportMatrixXlsx: {
    parameters: {
      query?: {
        /** @description A category key, or `none` for the problems without one */
        category?: string;
        /** @description true: add the next commitment, its due day, its owner and the count of open commitments (those you may see) as the last columns */
        commitments?: 'true' | 'false';
        /** @description `asc` (default) or `desc` */
        dir?: string;
        /** @description The id of a responsible entity, or `none` for the problems without one */
        entity?: string;
        /** @description `any` (some confirmed filter flag, on the problem or its latest solution), `suggested` (an open suggestion) or one flag */
        flags?: string;
        /** @description `yes` (in focus) or `no` */
        focus?: string;
        /** @description `category` or `entity`: how the screen groups the rows (the sheet lists them ungrouped) */
        groupBy?: string;
        /** @description View columns to leave out, comma-separated: status, focus, category, owner, entities, impact, ease, priority, next, solution, indicators, flags (number and title always stay) */
        hide?: string;
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
        /** @description `MP` or `YP` */
        owner?: string;
        /** @description Only the problems the full-text search finds, as GET /api/mesas/{id}/matrix does with `q` */
        q?: string;
        /** @description A column to sort by: number, title, status, focus, category, owner, entities, impact, ease, priority or next (the next commitment's due day); empty values last. Without it, the Matrix order */
        sort?: string;
        /** @description `open` (identified, prioritized or in progress) or one status */
        status?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The Matrix workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  followMatrixEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description text/event-stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  importMatrix: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The XLSX workbook, base64-encoded (a data: URL is accepted too); at most 5 MB and 2000 rows */
          file: string;
          /** @description The row holding the headers; found by default */
          headerRow?: number;
          /** @description Which column holds each field; fields left out are not imported */
          mapping: {
            /** @description A column of the sheet, 0 for A */
            category?: number;
            /** @description A column of the sheet, 0 for A */
            description?: number;
            /** @description A column of the sheet, 0 for A */
            ease?: number;
            /** @description A column of the sheet, 0 for A */
            entities?: number;
            /** @description A column of the sheet, 0 for A */
            impact?: number;
            /** @description A column of the sheet, 0 for A */
            indicators?: number;
            /** @description A column of the sheet, 0 for A */
            inFocus?: number;
            /** @description A column of the sheet, 0 for A */
            instrument?: number;
            /** @description A column of the sheet, 0 for A */
            ownerType?: number;
            /** @description A column of the sheet, 0 for A */
            raisedByOrganization?: number;
            /** @description A column of the sheet, 0 for A */
            raisedByPerson?: number;
            /** @description A column of the sheet, 0 for A */
            solution?: number;
            /** @description A column of the sheet, 0 for A */
            status?: number;
            /** @description A column of the sheet, 0 for A */
            tags?: number;
            /** @description A column of the sheet, 0 for A */
            title?: number;
            /** @description A column of the sheet, 0 for A */
            visibility?: number;
          };
          /** @description The worksheet to read; the first one with data by default */
          sheet?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatrixImportResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  previewMatrixImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The XLSX workbook, base64-encoded (a data: URL is accepted too); at most 5 MB and 2000 rows */
          file: string;
          /** @description The row holding the headers; found by default */
          headerRow?: number;
          /** @description Which column holds each field; fields left out are not imported */
          mapping?: {
            /** @description A column of the sheet, 0 for A */
            category?: number;
            /** @description A column of the sheet, 0 for A */
            description?: number;
            /** @description A column of the sheet, 0 for A */
            ease?: number;
            /** @description A column of the sheet, 0 for A */
            entities?: number;
            /** @description A column of the sheet, 0 for A */
            impact?: number;
            /** @description A column of the sheet, 0 for A */
            indicators?: number;
            /** @description A column of the sheet, 0 for A */
            inFocus?: number;
            /** @description A column of the sheet, 0 for A */
            instrument?: number;
            /** @description A column of the sheet, 0 for A */
            ownerType?: number;
            /** @description A column of the sheet, 0 for A */
            raisedByOrganization?: number;
            /** @description A column of the sheet, 0 for A */
            raisedByPerson?: number;
            /** @description A column of the sheet, 0 for A */
            solution?: number;
            /** @description A column of the sheet, 0 for A */
            status?: number;
            /** @description A column of the sheet, 0 for A */
            tags?: number;
            /** @description A column of the sheet, 0 for A */
            title?: number;
            /** @description A column of the sheet, 0 for A */
            visibility?: number;
          };
          /** @description The worksheet to read; the first one with data by default */
          sheet?: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatrixImportPreview'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listMeetings: {
    parameters: {
      query?: {
        /** @description Only meetings starting at or after this instant */
        from?: string;
        /** @description `session`: the periodic session, numbered within the Mesa; `intersessional`: a smaller meeting between sessions on specific problems; `high_level`: with the high-level body; `preliminary`: before the Mesa is launched */
        kind?: 'session' | 'intersessional' | 'high_level' | 'preliminary';
        /** @description `draft` (being prepared) → `scheduled` (announced) → `in_progress` (being held, live session mode) → `closed` (minutes frozen) */
        state?: 'draft' | 'scheduled' | 'in_progress' | 'closed';
        /** @description Only meetings starting at or before this instant */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  createMeeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date-time
           * @description When it ends; must be after startsAt
           */
          endsAt: string;
          /** @description Person ids of current participants of the Mesa in the meeting’s audience. For a session, every current participant by default; for other meetings, nobody by default */
          invitees?: string[];
          /**
           * @description `session`: the periodic session, numbered within the Mesa; `intersessional`: a smaller meeting between sessions on specific problems; `high_level`: with the high-level body; `preliminary`: before the Mesa is launched
           * @enum {string}
           */
          kind: 'session' | 'intersessional' | 'high_level' | 'preliminary';
          /** @description Who moderates: a current participant with the team or moderator role in the Mesa */
          moderatorPersonId?: string | null;
          /** @description The video-call link, http(s); null for none */
          onlineUrl?: string | null;
          /** @description Where it is held */
          place?: string;
          /** @description The problems of the Mesa the meeting is about */
          problemIds?: string[];
          /** @description Only for an inter-sessional meeting: among public entities only; private representatives and observers do not see it */
          publicSectorOnly?: boolean;
          /**
           * Format: date-time
           * @description When it starts (ISO 8601 with offset)
           */
          startsAt: string;
          /**
           * @description `scheduled` (announced; the default) or `draft` (still being prepared)
           * @enum {string}
           */
          state?: 'draft' | 'scheduled';
          /** @description The IANA time zone it is held in (e.g. America/Lima); by default its Mesa’s, else the deployment’s TIME_ZONE */
          timeZone?: string;
          /** @description What the meeting is about; may be empty for a session */
          title?: string;
          /**
           * @description Who may see the meeting: `members` (every participant of the Mesa, the default), `team` (the dedicated team only) or `public`
           * @enum {string}
           */
          visibility?: 'public' | 'members' | 'team';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getMesaMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MesaMetrics'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportMesaCadenceCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Sessions held against the cadence, month by month */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportMesaCirclingCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Circling problems */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportMesaContinuityCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Share of the designated private organizations present at each closed session */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportMesaEscalationsCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Open escalations by age */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportMesaMomentumCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Problems enacted and verified per month */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportMesaScorecardCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Commitments completed on time by responsible entity */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportMesaTimeToStatusCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Median days from identified to enacted and to verified */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listParticipations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            all: components['schemas']['Participant'][];
            groups: components['schemas']['ParticipantGroup'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  addParticipation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          designatedById?: string | null;
          endedOn?: string | null;
          /**
           * @description A dedicated-team member who also holds formal responsibility for the sector
           * @default false
           */
          holdsSectorResponsibility?: boolean;
          /** @default false */
          isFirstHandOperator?: boolean;
          /** @default false */
          isOccasional?: boolean;
          note?: string | null;
          /** Format: uuid */
          personId: string;
          /**
           * @description Speaks for small producers
           * @default false
           */
          representsSmallProducers?: boolean;
          /** @enum {string} */
          role: 'team' | 'moderator' | 'public_rep' | 'private_rep' | 'high_level' | 'observer';
          startedOn?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Participant'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  removeParticipation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        participationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateParticipation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        participationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          designatedById?: string | null;
          endedOn?: string | null;
          holdsSectorResponsibility?: boolean;
          isFirstHandOperator?: boolean;
          isOccasional?: boolean;
          note?: string | null;
          representsSmallProducers?: boolean;
          /** @enum {string} */
          role?: 'team' | 'moderator' | 'public_rep' | 'private_rep' | 'high_level' | 'observer';
          startedOn?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Participant'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  createProblem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The key of a barrier category; null for none */
          categoryKey?: string | null;
          description?: string;
          /** @description Ease and speed of the fix, 1 (low) to 5 (high) */
          ease?: number;
          /** @description The responsible public entities */
          entityIds?: string[];
          /** @description Confirmed filter flags */
          filterFlags?: ('subsidy' | 'tax_exemption' | 'declaratory')[];
          /** @description Impact, 1 (low) to 5 (high) */
          impact?: number;
          inFocus?: boolean;
          /** @enum {string} */
          ownerType?: 'MP' | 'YP';
          raisedByOrganizationId?: string | null;
          raisedByPersonId?: string | null;
          tags?: string[];
          title: string;
          /** @enum {string} */
          visibility?: 'public' | 'members' | 'team';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getReformTracking: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description One row per problem with a solution, by Mesa and problem number */
            reforms: {
              /** @description The problem code in its Matrix, e.g. P-3 */
              code: string;
              /** @description The day of each stage: proposed (the first solution), agreed and drafted (recorded on the solution), enacted and implemented (the problem’s moves to enacted and verified, while it stays there) */
              dates: {
                agreed: string | null;
                drafted: string | null;
                enacted: string | null;
                implemented: string | null;
                proposed: string | null;
              };
              /** @description The responsible public entities */
              entities: string[];
              /** @description The problem’s outcome indicators, before → now (target) */
              impact: string;
              /** @enum {string} */
              instrument:
                | 'law'
                | 'regulation'
                | 'procedure'
                | 'infrastructure'
                | 'entity'
                | 'program'
                | 'financing'
                | 'other';
              mesa: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
              };
              /** @description The norm that enacts it, when cited */
              norm: {
                date: string | null;
                name: string | null;
                number: string | null;
                url: string | null;
              } | null;
              /** @description The problem’s title */
              problem: string;
              /** Format: uuid */
              problemId: string;
              /** @description The text of that solution’s current version */
              reform: string;
              /**
               * Format: uuid
               * @description The solution that stands for the reform: the furthest along, else the latest
               */
              solutionId: string;
              /**
               * @description The furthest stage reached
               * @enum {string}
               */
              stage: 'proposed' | 'agreed' | 'drafted' | 'enacted' | 'implemented';
              /**
               * @description The problem’s status in the Matrix
               * @enum {string}
               */
              status:
                | 'identified'
                | 'prioritized'
                | 'in_progress'
                | 'enacted'
                | 'verified'
                | 'parked'
                | 'dropped';
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportReformTrackingXlsx: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The reform tracking workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getSessionPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            cadence: 'weekly' | 'biweekly' | 'custom';
            daysOverdue: number;
            /** @description Days between sessions the cadence asks for */
            intervalDays: number;
            /** @description The day of the last session held (closed) */
            lastHeldOn: string | null;
            /** @description The day the next session is due by the cadence */
            nextDueOn: string | null;
            /** @description The next session already planned, if any */
            nextScheduledOn: string | null;
            /** @description Whether a session is overdue: the due day passed by more than two days */
            overdue: boolean;
            /** @description Proposed days for the next sessions, on the usual weekday */
            proposals: string[];
            /** @description The usual local time (HH:mm) of the sessions */
            usualTime: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  transitionMesa: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: uuid
           * @description New host institution, when the Mesa moves
           */
          host?: string;
          /**
           * Format: date
           * @description A calendar date, YYYY-MM-DD
           */
          occurredOn?: string;
          reason: string;
          /** @enum {string} */
          to: 'candidate' | 'assessing' | 'active' | 'paused' | 'closed';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MesaDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listWheelRounds: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              /** @description Whether you may open, remind and close rounds */
              manage: boolean;
            };
            /** @description Months between two rounds (WHEEL_INTERVAL_MONTHS) */
            intervalMonths: number;
            /** @description When the next round is due; null before the first */
            nextDueOn: string | null;
            /** @description The latest first */
            rounds: {
              /** @description How many of them answered */
              answered: number;
              /** @description How many participants the round asks */
              asked: number;
              /** @description When the team closed it before its closing day */
              closedAt: string | null;
              /**
               * Format: date
               * @description The last day answers are taken, in the Mesa’s time zone
               */
              closesOn: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              mesaId: string;
              /** @description Results show only when at least this many answered */
              minAnswers: number;
              /** @description Dimensions marked not applicable to the Mesa this round */
              notApplicable: (
                | 'mandate'
                | 'structure'
                | 'champions'
                | 'facilitation'
                | 'outputs'
                | 'outreach'
                | 'monitoring'
                | 'subnational'
                | 'sector'
                | 'investment'
                | 'crisis'
                | 'partners'
              )[];
              open: boolean;
              /**
               * Format: date
               * @description A calendar date, YYYY-MM-DD
               */
              openedOn: string;
              /**
               * Format: date
               * @description First day of the period its measured facts cover
               */
              periodFrom: string;
              /**
               * Format: date
               * @description A calendar date, YYYY-MM-DD
               */
              periodTo: string;
              version: number;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  openWheelRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description The last day answers are taken (today or later, in the Mesa’s time zone)
           */
          closesOn: string;
          /** @description Dimensions that do not apply to this Mesa this round: their questions are not asked */
          notApplicable?: string[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many of them answered */
            answered: number;
            /** @description How many participants the round asks */
            asked: number;
            /** @description When the team closed it before its closing day */
            closedAt: string | null;
            /**
             * Format: date
             * @description The last day answers are taken, in the Mesa’s time zone
             */
            closesOn: string;
            /** Format: uuid */
            id: string;
            /** @description How many personal links went out by e-mail */
            mailed: number;
            /** Format: uuid */
            mesaId: string;
            /** @description Results show only when at least this many answered */
            minAnswers: number;
            /** @description Dimensions marked not applicable to the Mesa this round */
            notApplicable: (
              | 'mandate'
              | 'structure'
              | 'champions'
              | 'facilitation'
              | 'outputs'
              | 'outreach'
              | 'monitoring'
              | 'subnational'
              | 'sector'
              | 'investment'
              | 'crisis'
              | 'partners'
            )[];
            open: boolean;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD
             */
            openedOn: string;
            /**
             * Format: date
             * @description First day of the period its measured facts cover
             */
            periodFrom: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD
             */
            periodTo: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listOrganizations: {
    parameters: {
      query?: {
        kind?: 'public_entity' | 'business_association' | 'company' | 'academia' | 'other';
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            organizations: components['schemas']['Organization'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  createOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          acronym?: string | null;
          /** @enum {string} */
          kind: 'public_entity' | 'business_association' | 'company' | 'academia' | 'other';
          /**
           * @default national
           * @enum {string}
           */
          level?: 'national' | 'regional' | 'local';
          name: string;
          parentId?: string | null;
          website?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organization'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organization'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  updateOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          acronym?: string | null;
          /** @enum {string} */
          kind?: 'public_entity' | 'business_association' | 'company' | 'academia' | 'other';
          /** @enum {string} */
          level?: 'national' | 'regional' | 'local';
          name?: string;
          parentId?: string | null;
          website?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organization'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listOrganizationCommitments: {
    parameters: {
      query?: {
        /** @description true: only open commitments whose due day has passed */
        overdue?: 'true' | 'false';
        /** @description Only commitments with this status */
        status?: 'open' | 'done' | 'cancelled';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listPeople: {
    parameters: {
      query?: {
        organizationId?: string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            people: components['schemas']['Person'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  createPerson: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email?: string | null;
          fullName: string;
          organizationId?: string | null;
          phone?: string | null;
          position?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updatePerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email?: string | null;
          fullName?: string;
          organizationId?: string | null;
          phone?: string | null;
          position?: string | null;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getPortfolio: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Portfolio'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  exportPortfolioCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The portfolio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  exportPortfolioEscalationsCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Open escalations by age across the portfolio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  exportPortfolioMomentumCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Problems enacted and verified per month across the portfolio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  exportPortfolioReformTrackingXlsx: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The reform tracking workbook of the portfolio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  exportPortfolioScorecardCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Commitments completed on time by responsible entity across the portfolio */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  exportPortfolioTeamLoadCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Active Mesas per dedicated-team member */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getProblem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  updateProblem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The key of a barrier category; null for none */
          categoryKey?: string | null;
          description?: string;
          /** @description Suggested filter flags the team dismissed; confirming a flag takes it off this list and dismissing one takes it off filterFlags */
          dismissedFlags?: ('subsidy' | 'tax_exemption' | 'declaratory')[];
          /** @description Ease and speed of the fix, 1 (low) to 5 (high) */
          ease?: number;
          /** @description The responsible public entities */
          entityIds?: string[];
          /** @description Confirmed filter flags */
          filterFlags?: ('subsidy' | 'tax_exemption' | 'declaratory')[];
          /** @description Impact, 1 (low) to 5 (high) */
          impact?: number;
          inFocus?: boolean;
          /** @enum {string} */
          ownerType?: 'MP' | 'YP';
          raisedByOrganizationId?: string | null;
          raisedByPersonId?: string | null;
          tags?: string[];
          title?: string;
          /** @description The version you read; a stale one answers 409 STALE_WRITE */
          version: number;
          /** @enum {string} */
          visibility?: 'public' | 'members' | 'team';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listProblemDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description What you may do with the documents of this record */
            can: {
              /** @description Whether you may upload and delete documents here */
              manage: boolean;
            };
            /** @description Oldest first; only those you may see */
            documents: {
              /** @enum {string} */
              contentType:
                | 'application/pdf'
                | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
                | 'application/vnd.oasis.opendocument.text'
                | 'application/vnd.oasis.opendocument.spreadsheet'
                | 'application/vnd.oasis.opendocument.presentation'
                | 'image/png'
                | 'image/jpeg'
                | 'text/plain'
                | 'text/csv';
              /** Format: date-time */
              createdAt: string;
              /** @description Where to download the file (GET, same credentials) */
              downloadUrl: string;
              /** @description The file name it was uploaded with, and is downloaded with */
              filename: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              mesaId: string;
              /** @description The record the document is attached to */
              record: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'problem' | 'solution' | 'meeting' | 'commitment';
              };
              /** @description SHA-256 of the file, hex; also the ETag of its download */
              sha256: string;
              sizeBytes: number;
              /** @description For a solution's document: the version it goes with, when it names one */
              solutionVersion: number | null;
              title: string;
              uploadedBy: components['schemas']['PersonRef'] | null;
              /**
               * @description Never wider than the record’s
               * @enum {string}
               */
              visibility: 'public' | 'members' | 'team';
            }[];
            /** @description The largest file the server takes (DOCUMENT_MAX_BYTES) */
            maxBytes: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  uploadProblemDocument: {
    parameters: {
      query: {
        /** @description The original file name (a path is cut to its last part), used when the file is downloaded */
        filename: string;
        /** @description What the document is, e.g. "Decreto Supremo 020-2015-MINAGRI" */
        title: string;
        /** @description Who sees it; by default the record’s visibility, and never wider (400 otherwise) */
        visibility?: 'public' | 'members' | 'team';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description The file itself, with its own Content-Type: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, plain text or CSV */
    requestBody: {
      content: {
        'application/octet-stream': Blob;
        'application/pdf': Blob;
        'image/jpeg': Blob;
        'image/png': Blob;
        'text/plain': Blob;
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            contentType:
              | 'application/pdf'
              | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
              | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
              | 'application/vnd.oasis.opendocument.text'
              | 'application/vnd.oasis.opendocument.spreadsheet'
              | 'application/vnd.oasis.opendocument.presentation'
              | 'image/png'
              | 'image/jpeg'
              | 'text/plain'
              | 'text/csv';
            /** Format: date-time */
            createdAt: string;
            /** @description Where to download the file (GET, same credentials) */
            downloadUrl: string;
            /** @description The file name it was uploaded with, and is downloaded with */
            filename: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mesaId: string;
            /** @description The record the document is attached to */
            record: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'problem' | 'solution' | 'meeting' | 'commitment';
            };
            /** @description SHA-256 of the file, hex; also the ETag of its download */
            sha256: string;
            sizeBytes: number;
            /** @description For a solution's document: the version it goes with, when it names one */
            solutionVersion: number | null;
            title: string;
            uploadedBy: components['schemas']['PersonRef'] | null;
            /**
             * @description Never wider than the record’s
             * @enum {string}
             */
            visibility: 'public' | 'members' | 'team';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listProblemEscalations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EscalationList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  createEscalation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A short brief: what is blocked and why the Mesa cannot unblock it */
          brief: string;
          /** @default [] */
          options?: string[];
          /**
           * @description Why the ground-level body cannot unblock it: a budget allocation, a political decision, a dispute between agencies, a question of legal authority, or other
           * @enum {string}
           */
          reason: 'budget' | 'political_decision' | 'inter_agency_dispute' | 'legal_authority' | 'other';
          /**
           * @description By default `members` (or the problem's, when narrower)
           * @enum {string}
           */
          visibility?: 'public' | 'members' | 'team';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EscalationDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  reportFieldFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          observedOn?: string | null;
          /** @description Who observed it; yourself by default */
          personId?: string | null;
          text: string;
          /** @enum {string} */
          verdict: 'works' | 'partly' | 'not_applied';
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldFeedbackResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  createFeedbackLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: uuid
           * @description The participant asked to report; they must be allowed to see the problem
           */
          personId: string;
          /** @description Also e-mail the link to the person, in their language */
          send?: boolean;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackLinkCreated'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getProblemFollow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  followProblem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  unfollowProblem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  addIndicator: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          baselineOn?: string | null;
          baselineValue?: number | null;
          currentOn?: string | null;
          currentValue?: number | null;
          /** @enum {string} */
          direction: 'lower_is_better' | 'higher_is_better';
          name: string;
          solutionId?: string | null;
          source?: string | null;
          targetValue?: number | null;
          unit: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Indicator'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listProblemLessons: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LessonList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  reopenProblem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why the fix goes back to work (e.g. what field feedback showed); required */
          reason: string;
          /** @description The new solution version, recorded with the reopen reason */
          solution: {
            /** @description The solution to revise; by default the one most recently proposed or revised (a first solution when there is none) */
            solutionId?: string | null;
            /** @description The text of the new solution version */
            text: string;
          };
          /** @description The problem version you read; a stale one answers 409 STALE_WRITE */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listSimilarLessons: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimilarLessonList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  proposeSolution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          filterFlags?: ('subsidy' | 'tax_exemption' | 'declaratory')[];
          /** @enum {string} */
          instrument?:
            | 'law'
            | 'regulation'
            | 'procedure'
            | 'infrastructure'
            | 'entity'
            | 'program'
            | 'financing'
            | 'other';
          proposedByOrganizationId?: string | null;
          revisedOn?: string | null;
          text: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Solution'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  transitionProblem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Required for parking, dropping, reopening and restoring */
          reason?: string | null;
          /** @enum {string} */
          to: 'identified' | 'prioritized' | 'in_progress' | 'enacted' | 'verified' | 'parked' | 'dropped';
          /** @description When given, a stale one answers 409 STALE_WRITE */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  downloadPublicDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The file, with its Content-Type, its name in Content-Disposition and its SHA-256 as ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': Blob;
        };
      };
      /** @description Not modified: the ETag in If-None-Match is current; no body */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  listPublicMesas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicPortfolio'];
        };
      };
      /** @description Not modified: the ETag sent in If-None-Match is still current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  getPublicMesa: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicMesaDetail'];
        };
      };
      /** @description Not modified: the ETag sent in If-None-Match is still current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  getPublicProblem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The problem code in its Matrix, e.g. P-3 */
        code: string;
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicProblem'];
        };
      };
      /** @description Not modified: the ETag sent in If-None-Match is still current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  searchProblems: {
    parameters: {
      query: {
        /** @description The language of the query (es by default); both are searched */
        lang?: string;
        limit?: number;
        /** @description Words to find; "quoted phrases", OR and -excluded words work */
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  updateSolution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description A solution's instrument, filter flags, reform-tracking dates and enacting norm; its text changes only through a new version */
    requestBody: {
      content: {
        'application/json': {
          /** @description The day the Mesa agreed on the solution (reform tracking: agreed); null clears it */
          agreedOn?: string | null;
          /** @description Suggested filter flags the team dismissed; confirming a flag takes it off this list and dismissing one takes it off filterFlags */
          dismissedFlags?: ('subsidy' | 'tax_exemption' | 'declaratory')[];
          /** @description The day the draft of its instrument was ready (reform tracking: drafted); null clears it */
          draftedOn?: string | null;
          /** @description Confirmed filter flags */
          filterFlags?: ('subsidy' | 'tax_exemption' | 'declaratory')[];
          /** @enum {string} */
          instrument?:
            | 'law'
            | 'regulation'
            | 'procedure'
            | 'infrastructure'
            | 'entity'
            | 'program'
            | 'financing'
            | 'other';
          /** @description The day the norm was published */
          normDate?: string | null;
          /** @description The norm that enacts it, e.g. "Reglamento para la Gestión Forestal" */
          normName?: string | null;
          /** @description Its number, e.g. "D.S. N° 018-2015-MINAGRI" */
          normNumber?: string | null;
          /** @description Its official gazette link: an http:// or https:// address */
          normUrl?: string | null;
          /** @description The solution’s edit version; a stale one answers 409 */
          version: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Solution'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  listSolutionDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description What you may do with the documents of this record */
            can: {
              /** @description Whether you may upload and delete documents here */
              manage: boolean;
            };
            /** @description Oldest first; only those you may see */
            documents: {
              /** @enum {string} */
              contentType:
                | 'application/pdf'
                | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
                | 'application/vnd.oasis.opendocument.text'
                | 'application/vnd.oasis.opendocument.spreadsheet'
                | 'application/vnd.oasis.opendocument.presentation'
                | 'image/png'
                | 'image/jpeg'
                | 'text/plain'
                | 'text/csv';
              /** Format: date-time */
              createdAt: string;
              /** @description Where to download the file (GET, same credentials) */
              downloadUrl: string;
              /** @description The file name it was uploaded with, and is downloaded with */
              filename: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              mesaId: string;
              /** @description The record the document is attached to */
              record: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'problem' | 'solution' | 'meeting' | 'commitment';
              };
              /** @description SHA-256 of the file, hex; also the ETag of its download */
              sha256: string;
              sizeBytes: number;
              /** @description For a solution's document: the version it goes with, when it names one */
              solutionVersion: number | null;
              title: string;
              uploadedBy: components['schemas']['PersonRef'] | null;
              /**
               * @description Never wider than the record’s
               * @enum {string}
               */
              visibility: 'public' | 'members' | 'team';
            }[];
            /** @description The largest file the server takes (DOCUMENT_MAX_BYTES) */
            maxBytes: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  uploadSolutionDocument: {
    parameters: {
      query: {
        /** @description The original file name (a path is cut to its last part), used when the file is downloaded */
        filename: string;
        /** @description The version of the solution the file goes with (e.g. the study behind version 2) */
        solutionVersion?: number;
        /** @description What the document is, e.g. "Decreto Supremo 020-2015-MINAGRI" */
        title: string;
        /** @description Who sees it; by default the record’s visibility, and never wider (400 otherwise) */
        visibility?: 'public' | 'members' | 'team';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description The file itself, with its own Content-Type: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, plain text or CSV */
    requestBody: {
      content: {
        'application/octet-stream': Blob;
        'application/pdf': Blob;
        'image/jpeg': Blob;
        'image/png': Blob;
        'text/plain': Blob;
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            contentType:
              | 'application/pdf'
              | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
              | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
              | 'application/vnd.oasis.opendocument.text'
              | 'application/vnd.oasis.opendocument.spreadsheet'
              | 'application/vnd.oasis.opendocument.presentation'
              | 'image/png'
              | 'image/jpeg'
              | 'text/plain'
              | 'text/csv';
            /** Format: date-time */
            createdAt: string;
            /** @description Where to download the file (GET, same credentials) */
            downloadUrl: string;
            /** @description The file name it was uploaded with, and is downloaded with */
            filename: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mesaId: string;
            /** @description The record the document is attached to */
            record: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'problem' | 'solution' | 'meeting' | 'commitment';
            };
            /** @description SHA-256 of the file, hex; also the ETag of its download */
            sha256: string;
            sizeBytes: number;
            /** @description For a solution's document: the version it goes with, when it names one */
            solutionVersion: number | null;
            title: string;
            uploadedBy: components['schemas']['PersonRef'] | null;
            /**
             * @description Never wider than the record’s
             * @enum {string}
             */
            visibility: 'public' | 'members' | 'team';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  reviseSolution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why the text changes ("implementation showed that…") */
          reason: string;
          revisedOn?: string | null;
          text: string;
          /** @description The solution’s edit version the revision was written from; a stale one answers 409 */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Solution'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  openWheelLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The secret token of a personal Evaluation Wheel link */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Whether this person has already answered (once only) */
            answered: boolean;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD
             */
            closesOn: string;
            /** @description The person's language (their account's, else the Mesa's) */
            locale: string;
            mesa: {
              name: string;
            };
            minAnswers: number;
            open: boolean;
            /** @description Who answers */
            person: {
              fullName: string;
            };
            questions: {
              /**
               * @description One of the twelve dimensions of the Evaluation Wheel
               * @enum {string}
               */
              dimension:
                | 'mandate'
                | 'structure'
                | 'champions'
                | 'facilitation'
                | 'outputs'
                | 'outreach'
                | 'monitoring'
                | 'subnational'
                | 'sector'
                | 'investment'
                | 'crisis'
                | 'partners';
              /**
               * Format: uuid
               * @description The question as this round asked it; answers name this id
               */
              id: string;
              key: string;
              textEn: string;
              textEs: string;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
    };
  };
  answerThroughWheelLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The secret token of a personal Evaluation Wheel link */
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description One score for every question of the round */
          answers: {
            /** Format: uuid */
            questionId: string;
            /** @description 1 (not at all) to 5 (fully); 0 for "don't know" */
            score: number;
          }[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            answered: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
    };
  };
  getWheelRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many of them answered */
            answered: number;
            /** @description How many participants the round asks */
            asked: number;
            can: {
              manage: boolean;
            };
            /** @description When the team closed it before its closing day */
            closedAt: string | null;
            /**
             * Format: date
             * @description The last day answers are taken, in the Mesa’s time zone
             */
            closesOn: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mesaId: string;
            /** @description Results show only when at least this many answered */
            minAnswers: number;
            /** @description Dimensions marked not applicable to the Mesa this round */
            notApplicable: (
              | 'mandate'
              | 'structure'
              | 'champions'
              | 'facilitation'
              | 'outputs'
              | 'outreach'
              | 'monitoring'
              | 'subnational'
              | 'sector'
              | 'investment'
              | 'crisis'
              | 'partners'
            )[];
            open: boolean;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD
             */
            openedOn: string;
            /**
             * Format: date
             * @description First day of the period its measured facts cover
             */
            periodFrom: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD
             */
            periodTo: string;
            questions: {
              /**
               * @description One of the twelve dimensions of the Evaluation Wheel
               * @enum {string}
               */
              dimension:
                | 'mandate'
                | 'structure'
                | 'champions'
                | 'facilitation'
                | 'outputs'
                | 'outreach'
                | 'monitoring'
                | 'subnational'
                | 'sector'
                | 'investment'
                | 'crisis'
                | 'partners';
              /**
               * Format: uuid
               * @description The question as this round asked it; answers name this id
               */
              id: string;
              key: string;
              textEn: string;
              textEs: string;
            }[];
            /** @description Who the round asks and whether they answered — never what: scores are kept apart */
            respondents: {
              answered: boolean;
              /**
               * @description public, private or team
               * @enum {string}
               */
              group: 'public' | 'private' | 'team';
              /** @description Whether the personal link went out by e-mail */
              mailed: boolean;
              person: {
                fullName: string;
                /** Format: uuid */
                id: string;
              };
              remindedAt: string | null;
            }[];
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  answerWheelRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description One score for every question of the round */
          answers: {
            /** Format: uuid */
            questionId: string;
            /** @description 1 (not at all) to 5 (fully); 0 for "don't know" */
            score: number;
          }[];
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            answered: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  closeWheelRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Nothing to send but an empty object: the round is named in the address */
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many of them answered */
            answered: number;
            /** @description How many participants the round asks */
            asked: number;
            /** @description When the team closed it before its closing day */
            closedAt: string | null;
            /**
             * Format: date
             * @description The last day answers are taken, in the Mesa’s time zone
             */
            closesOn: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mesaId: string;
            /** @description Results show only when at least this many answered */
            minAnswers: number;
            /** @description Dimensions marked not applicable to the Mesa this round */
            notApplicable: (
              | 'mandate'
              | 'structure'
              | 'champions'
              | 'facilitation'
              | 'outputs'
              | 'outreach'
              | 'monitoring'
              | 'subnational'
              | 'sector'
              | 'investment'
              | 'crisis'
              | 'partners'
            )[];
            open: boolean;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD
             */
            openedOn: string;
            /**
             * Format: date
             * @description First day of the period its measured facts cover
             */
            periodFrom: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD
             */
            periodTo: string;
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getWheelForm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Whether this person has already answered (once only) */
            answered: boolean;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD
             */
            closesOn: string;
            /** @description The person's language (their account's, else the Mesa's) */
            locale: string;
            mesa: {
              name: string;
            };
            minAnswers: number;
            open: boolean;
            /** @description Who answers */
            person: {
              fullName: string;
            };
            questions: {
              /**
               * @description One of the twelve dimensions of the Evaluation Wheel
               * @enum {string}
               */
              dimension:
                | 'mandate'
                | 'structure'
                | 'champions'
                | 'facilitation'
                | 'outputs'
                | 'outreach'
                | 'monitoring'
                | 'subnational'
                | 'sector'
                | 'investment'
                | 'crisis'
                | 'partners';
              /**
               * Format: uuid
               * @description The question as this round asked it; answers name this id
               */
              id: string;
              key: string;
              textEn: string;
              textEs: string;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  remindWheelRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Nothing to send but an empty object: the round is named in the address */
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many respondents who had not answered got a fresh link */
            reminded: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  getWheelRoundResults: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description What Mesas recorded over the round's period, beside each dimension */
            facts: {
              /**
               * @description One of the twelve dimensions of the Evaluation Wheel
               * @enum {string}
               */
              dimension:
                | 'mandate'
                | 'structure'
                | 'champions'
                | 'facilitation'
                | 'outputs'
                | 'outreach'
                | 'monitoring'
                | 'subnational'
                | 'sector'
                | 'investment'
                | 'crisis'
                | 'partners';
              /** @description Empty: Mesas measures nothing there */
              facts: {
                count: number;
                /** @enum {string} */
                kind:
                  | 'participation_continuity'
                  | 'sessions_against_cadence'
                  | 'commitments_on_time'
                  | 'escalations_decided'
                  | 'problems_enacted'
                  | 'problems_verified'
                  | 'field_feedback';
                of: number | null;
                /** @enum {string} */
                unit: 'share' | 'count';
                /** @description A share from 0 to 1, or a count; null when nothing was measured */
                value: number | null;
              }[];
            }[];
            /** @description The round opened before this one, for the overlay */
            previous: {
              results: {
                answered: number;
                dimensions:
                  | {
                      /** @description False when marked not applicable this round */
                      applicable: boolean;
                      /**
                       * @description One of the twelve dimensions of the Evaluation Wheel
                       * @enum {string}
                       */
                      dimension:
                        | 'mandate'
                        | 'structure'
                        | 'champions'
                        | 'facilitation'
                        | 'outputs'
                        | 'outreach'
                        | 'monitoring'
                        | 'subnational'
                        | 'sector'
                        | 'investment'
                        | 'crisis'
                        | 'partners';
                      /** @description Answers of 0, "don't know" */
                      dontKnow: number;
                      /** @description Mean of the scores 1-5; null when none was given */
                      mean: number | null;
                      /** @description Scores from 1 to 5 */
                      scored: number;
                    }[]
                  | null;
                groups: {
                  answered: number;
                  dimensions:
                    | {
                        /** @description False when marked not applicable this round */
                        applicable: boolean;
                        /**
                         * @description One of the twelve dimensions of the Evaluation Wheel
                         * @enum {string}
                         */
                        dimension:
                          | 'mandate'
                          | 'structure'
                          | 'champions'
                          | 'facilitation'
                          | 'outputs'
                          | 'outreach'
                          | 'monitoring'
                          | 'subnational'
                          | 'sector'
                          | 'investment'
                          | 'crisis'
                          | 'partners';
                        /** @description Answers of 0, "don't know" */
                        dontKnow: number;
                        /** @description Mean of the scores 1-5; null when none was given */
                        mean: number | null;
                        /** @description Scores from 1 to 5 */
                        scored: number;
                      }[]
                    | null;
                  /**
                   * @description public, private or team
                   * @enum {string}
                   */
                  group: 'public' | 'private' | 'team';
                  /** @description False when the group, or the groups that would reveal it, have too few answers */
                  shown: boolean;
                }[];
                hiddenBecause: ('open' | 'too_few') | null;
                minAnswers: number;
                questions:
                  | {
                      /**
                       * @description One of the twelve dimensions of the Evaluation Wheel
                       * @enum {string}
                       */
                      dimension:
                        | 'mandate'
                        | 'structure'
                        | 'champions'
                        | 'facilitation'
                        | 'outputs'
                        | 'outreach'
                        | 'monitoring'
                        | 'subnational'
                        | 'sector'
                        | 'investment'
                        | 'crisis'
                        | 'partners';
                      /** @description Answers of 0, "don't know" */
                      dontKnow: number;
                      /** @description Mean of the scores 1-5; null when none was given */
                      mean: number | null;
                      /** Format: uuid */
                      questionId: string;
                      /** @description Scores from 1 to 5 */
                      scored: number;
                    }[]
                  | null;
                /** @description Whether the figures are shown: the round is closed and enough answered */
                shown: boolean;
              };
              round: {
                /** @description When the team closed it before its closing day */
                closedAt: string | null;
                /**
                 * Format: date
                 * @description The last day answers are taken, in the Mesa’s time zone
                 */
                closesOn: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                mesaId: string;
                /** @description Results show only when at least this many answered */
                minAnswers: number;
                /** @description Dimensions marked not applicable to the Mesa this round */
                notApplicable: (
                  | 'mandate'
                  | 'structure'
                  | 'champions'
                  | 'facilitation'
                  | 'outputs'
                  | 'outreach'
                  | 'monitoring'
                  | 'subnational'
                  | 'sector'
                  | 'investment'
                  | 'crisis'
                  | 'partners'
                )[];
                open: boolean;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD
                 */
                openedOn: string;
                /**
                 * Format: date
                 * @description First day of the period its measured facts cover
                 */
                periodFrom: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD
                 */
                periodTo: string;
                version: number;
              };
            } | null;
            results: {
              answered: number;
              dimensions:
                | {
                    /** @description False when marked not applicable this round */
                    applicable: boolean;
                    /**
                     * @description One of the twelve dimensions of the Evaluation Wheel
                     * @enum {string}
                     */
                    dimension:
                      | 'mandate'
                      | 'structure'
                      | 'champions'
                      | 'facilitation'
                      | 'outputs'
                      | 'outreach'
                      | 'monitoring'
                      | 'subnational'
                      | 'sector'
                      | 'investment'
                      | 'crisis'
                      | 'partners';
                    /** @description Answers of 0, "don't know" */
                    dontKnow: number;
                    /** @description Mean of the scores 1-5; null when none was given */
                    mean: number | null;
                    /** @description Scores from 1 to 5 */
                    scored: number;
                  }[]
                | null;
              groups: {
                answered: number;
                dimensions:
                  | {
                      /** @description False when marked not applicable this round */
                      applicable: boolean;
                      /**
                       * @description One of the twelve dimensions of the Evaluation Wheel
                       * @enum {string}
                       */
                      dimension:
                        | 'mandate'
                        | 'structure'
                        | 'champions'
                        | 'facilitation'
                        | 'outputs'
                        | 'outreach'
                        | 'monitoring'
                        | 'subnational'
                        | 'sector'
                        | 'investment'
                        | 'crisis'
                        | 'partners';
                      /** @description Answers of 0, "don't know" */
                      dontKnow: number;
                      /** @description Mean of the scores 1-5; null when none was given */
                      mean: number | null;
                      /** @description Scores from 1 to 5 */
                      scored: number;
                    }[]
                  | null;
                /**
                 * @description public, private or team
                 * @enum {string}
                 */
                group: 'public' | 'private' | 'team';
                /** @description False when the group, or the groups that would reveal it, have too few answers */
                shown: boolean;
              }[];
              hiddenBecause: ('open' | 'too_few') | null;
              minAnswers: number;
              questions:
                | {
                    /**
                     * @description One of the twelve dimensions of the Evaluation Wheel
                     * @enum {string}
                     */
                    dimension:
                      | 'mandate'
                      | 'structure'
                      | 'champions'
                      | 'facilitation'
                      | 'outputs'
                      | 'outreach'
                      | 'monitoring'
                      | 'subnational'
                      | 'sector'
                      | 'investment'
                      | 'crisis'
                      | 'partners';
                    /** @description Answers of 0, "don't know" */
                    dontKnow: number;
                    /** @description Mean of the scores 1-5; null when none was given */
                    mean: number | null;
                    /** Format: uuid */
                    questionId: string;
                    /** @description Scores from 1 to 5 */
                    scored: number;
                  }[]
                | null;
              /** @description Whether the figures are shown: the round is closed and enough answered */
              shown: boolean;
            };
            round: {
              /** @description When the team closed it before its closing day */
              closedAt: string | null;
              /**
               * Format: date
               * @description The last day answers are taken, in the Mesa’s time zone
               */
              closesOn: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              mesaId: string;
              /** @description Results show only when at least this many answered */
              minAnswers: number;
              /** @description Dimensions marked not applicable to the Mesa this round */
              notApplicable: (
                | 'mandate'
                | 'structure'
                | 'champions'
                | 'facilitation'
                | 'outputs'
                | 'outreach'
                | 'monitoring'
                | 'subnational'
                | 'sector'
                | 'investment'
                | 'crisis'
                | 'partners'
              )[];
              open: boolean;
              /**
               * Format: date
               * @description A calendar date, YYYY-MM-DD
               */
              openedOn: string;
              /**
               * Format: date
               * @description First day of the period its measured facts cover
               */
              periodFrom: string;
              /**
               * Format: date
               * @description A calendar date, YYYY-MM-DD
               */
              periodTo: string;
              version: number;
            };
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  exportWheelRoundResultsCsv: {
    parameters: {
      query?: {
        /** @description Language of the headers and labels; the caller's by default */
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The results table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listWheelQuestions: {
    parameters: {
      query?: {
        /** @description `true` lists the retired questions too */
        retired?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description In their order */
            questions: {
              /**
               * @description One of the twelve dimensions of the Evaluation Wheel
               * @enum {string}
               */
              dimension:
                | 'mandate'
                | 'structure'
                | 'champions'
                | 'facilitation'
                | 'outputs'
                | 'outreach'
                | 'monitoring'
                | 'subnational'
                | 'sector'
                | 'investment'
                | 'crisis'
                | 'partners';
              /** Format: uuid */
              id: string;
              /** @description Stable key, `dimension.word` */
              key: string;
              position: number;
              /** @description When it stopped being asked; null while it is asked */
              retiredAt: string | null;
              textEn: string;
              textEs: string;
              /** @description Send it back when changing the question (409 STALE_WRITE when stale) */
              version: number;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  createWheelQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description One of the twelve dimensions of the Evaluation Wheel
           * @enum {string}
           */
          dimension:
            | 'mandate'
            | 'structure'
            | 'champions'
            | 'facilitation'
            | 'outputs'
            | 'outreach'
            | 'monitoring'
            | 'subnational'
            | 'sector'
            | 'investment'
            | 'crisis'
            | 'partners';
          /** @description Stable key `dimension.word` (lower case letters, digits and _), e.g. `outputs.exports_grew` */
          key: string;
          /** @description Default: after the last question */
          position?: number;
          /** @description The statement in English */
          textEn: string;
          /** @description The statement in Spanish, scored from 1 (not at all) to 5 (fully) */
          textEs: string;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description One of the twelve dimensions of the Evaluation Wheel
             * @enum {string}
             */
            dimension:
              | 'mandate'
              | 'structure'
              | 'champions'
              | 'facilitation'
              | 'outputs'
              | 'outreach'
              | 'monitoring'
              | 'subnational'
              | 'sector'
              | 'investment'
              | 'crisis'
              | 'partners';
            /** Format: uuid */
            id: string;
            /** @description Stable key, `dimension.word` */
            key: string;
            position: number;
            /** @description When it stopped being asked; null while it is asked */
            retiredAt: string | null;
            textEn: string;
            textEs: string;
            /** @description Send it back when changing the question (409 STALE_WRITE when stale) */
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  updateWheelQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          position?: number;
          /** @description `true` retires the question (no longer asked), `false` brings it back */
          retired?: boolean;
          textEn?: string;
          textEs?: string;
          /** @description When given, must match the stored version */
          version?: number;
        };
      };
    };
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description One of the twelve dimensions of the Evaluation Wheel
             * @enum {string}
             */
            dimension:
              | 'mandate'
              | 'structure'
              | 'champions'
              | 'facilitation'
              | 'outputs'
              | 'outreach'
              | 'monitoring'
              | 'subnational'
              | 'sector'
              | 'investment'
              | 'crisis'
              | 'partners';
            /** Format: uuid */
            id: string;
            /** @description Stable key, `dimension.word` */
            key: string;
            position: number;
            /** @description When it stopped being asked; null while it is asked */
            retiredAt: string | null;
            textEn: string;
            textEs: string;
            /** @description Send it back when changing the question (409 STALE_WRITE when stale) */
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
    };
  };
  checkLiveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataCommitmentsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The commitments table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataCommitments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  getOpenDataPackage: {
    parameters: {
      query?: {
        /** @description Language of the titles and descriptions; the deployment's default language (Spanish) otherwise */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description A Frictionless Data Package (v1) with a Table Schema for every resource */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The latest public change of any published Mesa (RFC 3339) */
            created: string;
            description: string;
            homepage: string;
            id: string;
            keywords: string[];
            language: string;
            /** @description The same instant: when the data last changed */
            lastModified: string;
            licenses: {
              name: string;
              path?: string;
              title?: string;
            }[];
            name: string;
            /** @enum {string} */
            profile: 'tabular-data-package';
            resources: {
              description: string;
              dialect?: {
                delimiter: string;
                doubleQuote: boolean;
                header: boolean;
                lineTerminator: string;
                quoteChar: string;
              };
              /** @enum {string} */
              encoding: 'utf-8';
              /** @enum {string} */
              format: 'csv' | 'json';
              /** @enum {string} */
              mediatype: 'text/csv' | 'application/json';
              name: string;
              /** @description Relative to the descriptor: /open-data/<path> */
              path: string;
              /** @enum {string} */
              profile: 'tabular-data-resource';
              schema: {
                fields: {
                  constraints?: {
                    readonly enum?: string[];
                    required?: boolean;
                    unique?: boolean;
                  };
                  description: string;
                  /** @enum {string} */
                  format?: 'uuid' | 'uri';
                  name: string;
                  title: string;
                  /** @enum {string} */
                  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';
                }[];
                foreignKeys?: {
                  fields: string[];
                  reference: {
                    fields: string[];
                    resource: string;
                  };
                }[];
                missingValues: string[];
                primaryKey: string[];
              };
              title: string;
            }[];
            sources: {
              path: string;
              title: string;
            }[];
            title: string;
          };
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataDocumentsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The documents table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataIndicatorsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The indicators table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataIndicators: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataMesasCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The mesas table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataMesas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataOrganizationsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The organizations table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataOrganizations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataParticipatingOrganizationsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The participating_organizations table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataParticipatingOrganizations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataProblemEntitiesCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The problem_entities table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataProblemEntities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataProblemsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The problems table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataProblems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataSessionAttendanceCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The session_attendance table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataSessionAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataSessionsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The sessions table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataSolutionsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The solutions table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataSolutions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  exportOpenDataStatusEventsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The status_events table as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOpenDataStatusEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The table's rows as objects keyed by the field names of its Table Schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string | number | boolean | null;
          }[];
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  getPortalHome: {
    parameters: {
      query?: {
        /** @description The language of the page; by default from Accept-Language, else Spanish */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The portfolio page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not modified: the ETag in If-None-Match is current; no body */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      /** @description A page saying it does not exist or is not public (an HTML page) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  getPortalFeed: {
    parameters: {
      query?: {
        /** @description Language of the titles and descriptions; the deployment's default language (Spanish) otherwise */
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description An Atom 1.0 feed (RFC 4287) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/atom+xml': string;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  getPortalMesaPage: {
    parameters: {
      query?: {
        /** @description The language of the page; by default from Accept-Language, else Spanish */
        lang?: string;
      };
      header?: never;
      path: {
        /** @description The Mesa's address name, e.g. forestal */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The Mesa page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not modified: the ETag in If-None-Match is current; no body */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      /** @description A page saying it does not exist or is not public (an HTML page) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  getPortalMesaFeed: {
    parameters: {
      query?: {
        /** @description Language of the titles and descriptions; the deployment's default language (Spanish) otherwise */
        lang?: string;
      };
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description An Atom 1.0 feed (RFC 4287) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/atom+xml': string;
        };
      };
      /** @description Not modified: the copy the caller holds (If-None-Match) is current */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  getPortalProblemPage: {
    parameters: {
      query?: {
        /** @description The language of the page; by default from Accept-Language, else Spanish */
        lang?: string;
      };
      header?: never;
      path: {
        /** @description The problem code in its Matrix, e.g. P-3 */
        code: string;
        /** @description The Mesa's address name, e.g. forestal */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description The problem page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not modified: the ETag in If-None-Match is current; no body */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      /** @description A page saying it does not exist or is not public (an HTML page) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  getPortalSitemap: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description A sitemaps.org 0.9 document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      /** @description Not modified: the ETag in If-None-Match is current; no body */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  checkReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            database: 'pglite' | 'postgres';
            /** @enum {string} */
            status: 'ready';
          };
        };
      };
      400: components['responses']['BadRequest'];
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            database: 'pglite' | 'postgres';
            /** @enum {string} */
            status: 'unavailable';
          };
        };
      };
    };
  };
  getRobotsTxt: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      '5XX': components['responses']['ServerError'];
      /** @description robots.txt */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
}
