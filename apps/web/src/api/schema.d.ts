/* Generated from the API's OpenAPI document by `npm run api-client`. Do not edit by hand. */

export interface paths {
    "/approvals/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApprovalsController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the case library across projects: text in title/summary, tag, kind; paginated */
        get: operations["CasesController_search"];
        put?: never;
        /** Promote a defect or complaint to a case of the company case library (案例库) */
        post: operations["CasesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contractor-companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contractor companies by part of the name and kind, paginated */
        get: operations["ContractorsController_listCompanies"];
        put?: never;
        /** Register a contractor company (施工单位: 总包 or a trade 分包) */
        post: operations["ContractorsController_createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EscalationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hq/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HqController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hq/contractor-scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 施工单位评分卡 across every project (HQ) */
        get: operations["DefectReportsController_portfolioScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hq/contractor-scorecards.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DefectReportsController_portfolioScorecardsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hq/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HqController_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hq/handover-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HqController_handoverRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hq/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HqController_rollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hq/rollup.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HqController_rollupMarkdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hq/rollup.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HqController_rollupXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notification-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/message-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 消息设置: the text messages the signed-in number gets (the sign-in code always) */
        get: operations["OwnerMessagePreferencesController_get"];
        /** 消息设置: turn kinds of text messages on or off; a field left out keeps its setting */
        put: operations["OwnerMessagePreferencesController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnerAuthController_units"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnerAuthController_unit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit's active bookings */
        get: operations["OwnerHandoverController_list"];
        put?: never;
        /**
         * Book a seat of a slot for the unit
         * @description At most one active booking per kind; never overbooked, even under concurrent requests.
         */
        post: operations["OwnerHandoverController_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/bookings/{bookingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booking of the unit and free its seat */
        post: operations["OwnerHandoverController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/bookings/{bookingId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a booking to another slot of the same kind (改约), atomically: the old seat is freed only if the new one is taken */
        post: operations["OwnerHandoverController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/defects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnerDefectsController_list"];
        put?: never;
        post: operations["OwnerDefectsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/defects/{defectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnerDefectsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/defects/{defectId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OwnerDefectsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/defects/{defectId}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnerDefectsController_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/defects/{defectId}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OwnerDefectsController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnerDocumentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/documents/{document}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnerDocumentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/documents/{document}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the owner would sign now: the items, or the keys, documents and amounts (签字前核对) */
        get: operations["OwnerDocumentsController_draft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 交付通知书: handover days, place, what to bring and the amounts of the unit */
        get: operations["OwnerHandoverController_notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnerDefectsController_objections"];
        put?: never;
        post: operations["OwnerDefectsController_raiseObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the 验房单 (after 验房) or the 收楼确认书 (after 钥匙交接); once per document */
        post: operations["OwnerDocumentsController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open-day and handover slots of the unit's project not ended yet, with the seats left */
        get: operations["OwnerHandoverController_slots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 满意度调查: the project's dimensions and the household's response if it answered */
        get: operations["OwnerAfterHandoverController_getSurvey"];
        put?: never;
        /** Answer the survey: one response per household */
        post: operations["OwnerAfterHandoverController_answerSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/warranty-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报修: the household's warranty requests, the components and whether each is in its period */
        get: operations["OwnerAfterHandoverController_list"];
        put?: never;
        /** Raise a warranty request (after handover only; before it, report a handover issue) */
        post: operations["OwnerAfterHandoverController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/warranty-requests/{ticketId}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OwnerAfterHandoverController_addPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/warranty-requests/{ticketId}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OwnerAfterHandoverController_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/warranty-requests/{ticketId}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate the repair (1–5 stars, comment) once it is done; once per request */
        post: operations["OwnerAfterHandoverController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/warranty-requests/{ticketId}/visit-windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a window the owner is at home in, for the visit */
        post: operations["OwnerAfterHandoverController_proposeWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/me/units/{unitId}/warranty-requests/{ticketId}/visits/{visitId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a visit time customer service arranged */
        post: operations["OwnerAfterHandoverController_acceptVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OwnerAuthController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/sign-in/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OwnerAuthController_requestCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/owner/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OwnerAuthController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProjectsController_list"];
        put?: never;
        post: operations["ProjectsController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProjectsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/appointment-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time slots by start, with the seats remaining */
        get: operations["AppointmentsController_listSlots"];
        put?: never;
        /** Open a time slot (业主开放日 or 交付) with a number of seats; the project lead only */
        post: operations["AppointmentsController_createSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/appointment-slots/{slotId}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a seat of a time slot for a unit; the project lead or the assigned customer-service head
         * @description A unit has at most one active booking per kind. Never overbooked, even under concurrent requests.
         */
        post: operations["AppointmentsController_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProjectsController_staff"];
        put?: never;
        post: operations["ProjectsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/at-risk-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProjectsController_decideAtRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bookings with their slot and unit (预约名单), filtered by the slot's local day, slot, unit, kind, status, address
         * @description date is a calendar day in the project's time zone: the bookings whose slot starts that local day. status defaults to booked. Readable by everyone who sees the project.
         */
        get: operations["AppointmentsController_listBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/bookings/{bookingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booking and free its seat; the project lead or the assigned customer-service head */
        post: operations["AppointmentsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/briefing-webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BriefingsController_webhooks"];
        put: operations["BriefingsController_putWebhooks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/briefing-webhooks/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BriefingsController_testWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/briefings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BriefingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/briefings/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BriefingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/briefings/{date}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BriefingsController_regenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/city-responsible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ProjectsController_setCityResponsible"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplaintsController_list"];
        put?: never;
        post: operations["ComplaintsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/complaints/{complaintId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplaintsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/complaints/{complaintId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplaintsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/complaints/{complaintId}/determine-responsibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplaintsController_determineResponsibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/complaints/{complaintId}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplaintsController_followUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/complaints/{complaintId}/investigate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplaintsController_investigate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/complaints/{complaintId}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplaintsController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/complaints/{complaintId}/reply-deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplaintsController_changeReplyDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/contractor-scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 施工单位评分卡 of the project, per company and trade */
        get: operations["DefectReportsController_projectScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/contractor-scorecards.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DefectReportsController_projectScorecardsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/contractors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contractor companies working on the project */
        get: operations["ContractorsController_projectCompanies"];
        put?: never;
        /** Bring a contractor company onto the project; answers the project's companies */
        post: operations["ContractorsController_addToProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defect-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 高频问题预警: the same category and trade reaching the threshold in one building within the window, newest first */
        get: operations["DefectAlertsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defect-alerts/{alertId}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转为案例: promote the alert to a case of the company case library (案例库), once */
        post: operations["DefectAlertsController_promote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defect-sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 整改时限: the project's days to fix per kind of defect (the defaults until it sets its own) */
        get: operations["DefectReportsController_sla"];
        /** Set the days to fix; defects recorded from now on without a deadline get them */
        put: operations["DefectReportsController_putSla"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DefectsController_list"];
        put?: never;
        post: operations["DefectsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects-ageing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 超期账龄: running defects per building, trade or company, by days overdue */
        get: operations["DefectReportsController_ageing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DefectsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DefectsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DefectsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/cannot-fix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DefectsController_cannotFix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/defer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DefectsController_defer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DefectsController_dispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/dispute-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DefectsController_decideDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/fix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DefectsController_fix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DefectsController_photos"];
        put?: never;
        post: operations["DefectsController_addPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DefectsController_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DefectsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/reply-to-owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DefectsController_replyToOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/{defectId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DefectsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/defects/summary-by-unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DefectsController_summaryByUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/fee-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FeeSettingsController_get"];
        put: operations["FeeSettingsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/frequent-problem-threshold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 高频问题预警阈值: defects within days (the defaults, 5 in 3, until the project sets its own) */
        get: operations["DefectAlertsController_threshold"];
        /** Set the threshold (the project lead or an admin; others FREQUENT_PROBLEM_THRESHOLD_FORBIDDEN); defects recorded from now on are counted against it */
        put: operations["DefectAlertsController_putThreshold"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/handover-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 交付通知书: the handover place and what owners bring */
        get: operations["HandoverNoticeSettingsController_get"];
        /** Set the handover place and what owners bring (交付地点, 携带材料); the project lead only */
        put: operations["HandoverNoticeSettingsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/handover-notice/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 短信发送交付通知: queue the notice for every household with a mobile number (once per household and notice content); the project lead only */
        post: operations["HandoverNoticeSmsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KeysController_list"];
        put?: never;
        post: operations["KeysController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KeysController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/keys/{keyId}/entrustment-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["KeysController_returnEntrusted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/keys/{keyId}/entrustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["KeysController_entrust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/keys/{keyId}/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["KeysController_lend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/keys/{keyId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["KeysController_returnLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/keys/overdue-loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["KeysController_overdueLoans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/keys/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["KeysController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/milestones/{milestone}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProjectsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/milestones/{milestone}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProjectsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProjectsController_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/postponements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProjectsController_requestPostponement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/postponements/{requestId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProjectsController_decidePostponement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/reporting/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BriefingsController_startReporting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/reschedule-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProjectsController_previewReschedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/risk-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RisksController_register"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/risk-register/init": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RisksController_init"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RisksController_list"];
        put?: never;
        post: operations["RisksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/risks/{riskId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RisksController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The handover summary (交付总结): computed sections, narrative, status */
        get: operations["SummariesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/summary/compile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compile (or recompile) the computed sections from the records; the narrative is kept */
        post: operations["SummariesController_compile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/summary/narrative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the narrative: lessons learned, focus points, recommendations */
        put: operations["SummariesController_updateNarrative"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/summary/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the summary to HQ; HQ accepts it by approving the summaryAccepted milestone */
        post: operations["SummariesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/survey/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Experience-gap analysis: gap = experience − expectation, weighted by importance; the key experience to fix */
        get: operations["SurveysController_analysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/survey/dimensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveysController_listDimensions"];
        put?: never;
        /** Add survey dimensions (e.g. 交付流程, 房屋质量); fixed once the first response is in */
        post: operations["SurveysController_addDimensions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/survey/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record one owner's answers (importance, expectation, experience, 1–10) for every dimension; one per unit */
        post: operations["SurveysController_createResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitHandoverController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/dues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitHandoverController_dues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/hand-over-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_handOverDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/hand-over-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_handOverKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_inspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/object": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/pay-fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_payFees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/record-gift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_recordGift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/resolve-objection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_resolveObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/{unitId}/handover/settle-area": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnitHandoverController_settleArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/grid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every unit of the project with its floor and handover state, for the unit grid */
        get: operations["UnitsController_grid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the unit list (户清单) from CSV: all rows or none
         * @description The request body is the CSV file itself, UTF-8, `Content-Type: text/csv`, at most 10 MB and 20,000 rows. A header row names the columns, in English or Chinese, in any order: building (楼栋), unit (单元), room (房号), ownerName (业主姓名), ownerPhone (业主电话: mobile 1[3-9]xxxxxxxxx or landline with area code), contractedArea (合同面积, m², ≤ 2 decimals), surveyedArea (实测面积), pricePerSqm (单价, yuan per m², ≤ 2 decimals), fitOut (精装/毛坯 or fitted/shell). Every row is checked; if any row has a problem, or a unit is listed twice or already exists, nothing is imported and the answer is 400 with every problem by spreadsheet row (the header is row 1). The project lead, HQ or an admin imports.
         */
        post: operations["UnitsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/units/import-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the unit list (户清单) from an uploaded .xlsx or CSV file: all rows or none
         * @description multipart/form-data, field "file", at most 10 MB and 20,000 rows: an Excel workbook (.xlsx; its first worksheet, first row the header) or a CSV file in UTF-8, UTF-8 with BOM or GBK / GB18030 (what Excel on a Chinese Windows saves as "CSV (逗号分隔)"). The kind of file and the encoding are read from its bytes: valid UTF-8 is UTF-8, anything else is decoded as GB18030, and a first row that names no column either way is refused (UNIT_FILE_HEADERS_NOT_FOUND) instead of being imported as mojibake. Old .xls and macro workbooks (.xlsm) are refused with 415. The columns and the checks are those of POST /projects/{id}/units/import; if any row has a problem nothing is imported and the answer is 400 with every problem by spreadsheet row.
         */
        post: operations["UnitsController_importFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-call-backs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访任务: visits not confirmed within 24 h (open: the longest due first) */
        get: operations["WarrantyVisitsController_listCallBacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-call-backs/{taskId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回访完成: customer service called the owner back, with what came of it */
        post: operations["WarrantyVisitsController_closeCallBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 保修期: the periods in force per component (the statute, or the project's longer ones) */
        get: operations["WarrantyController_periods"];
        /** Set longer periods per component; shorter than the statute is refused */
        put: operations["WarrantyController_putPeriods"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 保修单 of the project; needsCallBack=true: repaired over 24 h ago, not confirmed */
        get: operations["WarrantyController_list"];
        put?: never;
        /** An owner's call (报修); refused with the day the period ended when out of warranty */
        post: operations["WarrantyController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WarrantyController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-tickets/{ticketId}/book-visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预约上门: the visit appointment, with a note */
        post: operations["WarrantyController_bookVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-tickets/{ticketId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 业主确认 with a rating 1–5; the ticket closes */
        post: operations["WarrantyController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-tickets/{ticketId}/repaired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 维修完成: the owner is asked to confirm; 24 h without it needs a call-back */
        post: operations["WarrantyController_repaired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-tickets/{ticketId}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 上门维修: the visits of a warranty ticket, the latest appointment first, with the windows the owner proposed (业主希望上门时间) */
        get: operations["WarrantyVisitsController_list"];
        put?: never;
        /** 预约上门: an appointment with the owner (told in advance); refused in the past, for a closed ticket, while one is booked, or when the technician is booked then */
        post: operations["WarrantyVisitsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-tickets/{ticketId}/visits/{visitId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消预约: a booked visit is cancelled and the owner told */
        post: operations["WarrantyVisitsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-tickets/{ticketId}/visits/{visitId}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 业主确认, recorded on the owner's behalf: confirmed with a rating closes the ticket, not fixed with a note reopens it */
        post: operations["WarrantyVisitsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/warranty-tickets/{ticketId}/visits/{visitId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 维修完成: the ticket is repaired; no confirmation within 24 h creates a call-back task */
        post: operations["WarrantyVisitsController_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/buildings/{building}/print.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One PDF for the building: per unit in order, a page per document asked for (streamed) */
        get: operations["ProjectDocumentsController_print"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/units/{unitId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The owner's signed documents of the unit (验房单, 收楼确认书): when signed and their hashes */
        get: operations["ProjectDocumentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectId}/units/{unitId}/documents/{document}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProjectDocumentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/plan-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProjectsController_previewPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sms-outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SmsOutboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContactsController_get"];
        put: operations["ContactsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_mintToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/department-heads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_departmentHeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_me"];
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
        AcceptComplaintDto: {
            /**
             * @description the committed reply time (承诺答复时间)
             * @example 2027-03-03T18:00:00+08:00
             */
            replyDeadline: string;
        };
        AddProjectContractorDto: {
            /** Format: uuid */
            companyId: string;
        };
        AddSurveyDimensionsDto: {
            /**
             * @description dimensions to add; existing names are kept
             * @example [
             *       "交付流程",
             *       "房屋质量",
             *       "服务态度",
             *       "维修响应"
             *     ]
             */
            names: string[];
        };
        AgeingDto: {
            buckets: ("up_to_7" | "days_8_to_14" | "days_15_to_30" | "over_30")[];
            rows: components["schemas"]["AgeingRowDto"][];
            /**
             * @description the project's local date the ageing is counted on
             * @example 2027-03-10
             */
            today: string;
        };
        AgeingRowDto: {
            /** @description overdue 8–14 days */
            days_8_to_14: number;
            /** @description overdue 15–30 days */
            days_15_to_30: number;
            /** @description the building, trade or company id; null: public areas (by building) or no company (by company) */
            group: string | null;
            /** @description the company's name (by company) */
            label: string | null;
            /** @description overdue over 30 days */
            over_30: number;
            /** @description of those, overdue */
            overdue: number;
            /** @description defects whose deadline runs (open, assigned, disputed) */
            running: number;
            /** @description overdue 1–7 days */
            up_to_7: number;
        };
        AppointmentBookingDto: {
            cancelledAt?: string | null;
            createdAt: string;
            endsAt: string;
            id: string;
            /** @enum {string} */
            kind: "open_day" | "handover";
            slotId: string;
            startsAt: string;
            /** @enum {string} */
            status: "booked" | "cancelled";
            unitId: string;
        };
        AppointmentSlotDto: {
            booked: number;
            capacity: number;
            createdAt: string;
            /** @example 2027-03-01T02:00:00.000Z */
            endsAt: string;
            id: string;
            /** @enum {string} */
            kind: "open_day" | "handover";
            projectId: string;
            /** @description seats still free */
            remaining: number;
            /** @example 2027-03-01T01:00:00.000Z */
            startsAt: string;
        };
        AppointmentSlotPageDto: {
            items: components["schemas"]["AppointmentSlotDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ApprovalRecordDto: {
            /** @description ISO instant */
            at: string;
            comment?: string | null;
            /**
             * @description the party the approver signed for
             * @enum {string}
             */
            party: "engineering" | "design" | "sales" | "customer_service" | "property" | "finance" | "cost" | "project_lead" | "hq";
            userId: string;
        };
        ApproveMilestoneDto: {
            comment?: string;
            /**
             * @description which party you sign for, when you could sign for several
             * @enum {string}
             */
            party?: "engineering" | "design" | "sales" | "customer_service" | "property" | "finance" | "cost" | "project_lead" | "hq";
        };
        AreaDifferenceDto: {
            /** @description positive: the owner pays; negative: refund */
            amount: components["schemas"]["MoneyDto"];
            /**
             * @description 合同面积, m²
             * @example 89.57
             */
            contractedArea: string;
            /**
             * @description surveyed − contracted, m²
             * @example -0.55
             */
            differenceArea: string;
            /** @description |difference| / contracted, basis points (rounded down) */
            differenceBp: number;
            /** @description surveyed − contracted, centi-m² */
            differenceCenti: number;
            /** @enum {string} */
            direction: "owner_pays" | "refund" | "none";
            /** @description null when nothing is owed either way */
            receiptNo?: string | null;
            /** @description the difference reaches the contract threshold: the contract's special terms are for a person to apply */
            specialHandling: boolean;
            /**
             * @description 实测面积, m²
             * @example 89.02
             */
            surveyedArea: string;
            /** @description the contract's threshold, basis points */
            thresholdBp: number;
            thresholdReached: boolean;
        };
        AssignDefectDto: {
            /**
             * Format: uuid
             * @description the contractor company (施工单位) working on the project whose users fix it; give it or responsibleParty
             */
            contractorCompanyId?: string;
            /**
             * @description the fix deadline; keeps the current one when omitted
             * @example 2027-01-31
             */
            deadline?: string;
            /** @description who fixes it, in words (a trade team, …); the company's name when only contractorCompanyId is given */
            responsibleParty?: string;
        };
        AssignDepartmentHeadDto: {
            userId: string;
        };
        AssignedPersonDto: {
            /** @description when the person was assigned (ISO 8601, UTC) */
            assignedAt: string;
            department?: string | null;
            name: string;
            role: string;
            userId: string;
        };
        AtRiskDecisionDto: {
            decidedAt: string | null;
            decidedBy: string | null;
            note: string | null;
            /** @description ISO instant */
            openedAt: string;
            /** @enum {string} */
            status: "pending" | "postponed" | "proceeded";
        };
        BoardCountsDto: {
            atRisk: number;
            /** @description projects waiting for an HQ decision (postponement or at-risk date) */
            awaitingDecision: number;
            /** @description projects with at least one open escalation */
            escalated: number;
            total: number;
        };
        BoardDto: {
            counts: components["schemas"]["BoardCountsDto"];
            /** @description every project: at-risk first, then escalated, then by D */
            items: components["schemas"]["BoardProjectDto"][];
        };
        BoardProjectDto: {
            atRisk: boolean;
            /** @description an at-risk handover date waits for HQ to postpone or proceed */
            atRiskDecisionPending: boolean;
            batch: string;
            centralizedDays: number;
            /** @description 城市公司 */
            cityCompany: string;
            /** @description current phase of the timeline */
            currentPhase: string | null;
            /**
             * @description today in the project time zone relative to D
             * @example D-12
             */
            day: string;
            /** @description escalations ever raised for the project */
            escalations: number;
            /** @description D, the first centralized handover day */
            firstHandoverDate: string;
            id: string;
            name: string;
            /** @description escalations whose gate, record or at-risk date is still open */
            openEscalations: number;
            /** @description postponement requests waiting for HQ */
            pendingPostponements: number;
            /** @enum {string} */
            status: "launching" | "active" | "completed";
            timeZone: string;
        };
        BookAppointmentDto: {
            /** @description the unit (户) that takes a seat */
            unitId: string;
        };
        BookingListItemDto: {
            cancelledAt?: string | null;
            createdAt: string;
            id: string;
            slot: components["schemas"]["BookingSlotDto"];
            /** @enum {string} */
            status: "booked" | "cancelled";
            unit: components["schemas"]["BookingUnitDto"];
        };
        BookingPageDto: {
            items: components["schemas"]["BookingListItemDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        BookingSlotDto: {
            /** @example 2027-03-01T02:00:00.000Z */
            endsAt: string;
            id: string;
            /** @enum {string} */
            kind: "open_day" | "handover";
            /** @example 2027-03-01T01:00:00.000Z */
            startsAt: string;
        };
        BookingUnitDto: {
            /** @description 楼栋 */
            building: string;
            id: string;
            /** @description 业主姓名 */
            ownerName: string;
            /** @description 房号 */
            room: string;
            /** @description 单元 */
            unitNo: string;
        };
        BookVisitDto: {
            note?: string;
            /**
             * @description the appointed visit (预约上门时间)
             * @example 2027-03-02T14:00:00+08:00
             */
            visitAt: string;
        };
        BriefingDto: {
            /** @description today minus the previous day’s briefing; null when there was none */
            change: components["schemas"]["BriefingFiguresDto"] | null;
            /** @example 2026-06-11 */
            date: string;
            /** @example D+1 */
            day: string;
            figures: components["schemas"]["BriefingFiguresDto"];
            generatedAt: string;
            /** @description how many times the date was generated */
            generations: number;
            /** @example 21.7% */
            handoverRate: string;
            /** @description the Markdown pushed to the group robots */
            markdown: string;
            projectId: string;
            refunded: components["schemas"]["MoneyDto"];
            settled: components["schemas"]["MoneyDto"];
        };
        BriefingFiguresDto: {
            /** @description complaints not replied to */
            complaintsOpen: number;
            complaintsOverdue: number;
            /** @description simple items fixed on the spot (现场维修) on the day */
            defectsFixedOnSpotToday: number;
            /** @description defects not closed at the end of the day */
            defectsOpen: number;
            /** @description handover inspection items plus defects registered on the day */
            defectsRaisedToday: number;
            handedOverCumulative: number;
            /** @description units handed over (交付完成) on the day */
            handedOverToday: number;
            /** @description 交付率 in basis points (3333 = 33.33 %), rounded down */
            handoverRateBp: number;
            /** @description major and group complaints received on the day */
            incidentsToday: number;
            /** @description units inspected (验房) on the day */
            inspectionsToday: number;
            /** @description open handover objections (交付异议) */
            objectionsOpen: number;
            objectionsOverdue: number;
            /** @description owners checked in (签到) on the day */
            ownersReceivedToday: number;
            /** @description refunds on the day as a positive amount, fen */
            refundedFen: number;
            /** @description sum of positive payments on the day, fen */
            settledFen: number;
            totalUnits: number;
        };
        BriefingListDto: {
            items: components["schemas"]["BriefingDto"][];
        };
        BriefingWebhooksDto: {
            /** @example 20:00 */
            briefingTime: string;
            webhooks: components["schemas"]["RobotWebhookViewDto"][];
        };
        CancelWarrantyVisitDto: {
            /** @description why it is cancelled (the owner told) */
            reason?: string;
        };
        CannotFixDefectDto: {
            /** @description 补偿方案 */
            compensationPlan: string;
            /** @description 统一说辞: why it cannot be fixed */
            explanation: string;
        };
        CaseDto: {
            createdAt: string;
            createdBy: string;
            id: string;
            /** @enum {string} */
            kind: "design_defect" | "common_quality_problem" | "typical_complaint";
            /**
             * @description a defect, a complaint, or a frequent-problem alert
             * @enum {string}
             */
            sourceKind: "defect" | "complaint" | "frequent_problem";
            sourceProject: components["schemas"]["CaseSourceProjectDto"];
            sourceRecordId: string;
            summary: string;
            tags: string[];
            title: string;
        };
        CasePageDto: {
            items: components["schemas"]["CaseDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CaseSourceDto: {
            /** @description the project the record belongs to */
            projectId: string;
            /** @description the defect (问题项) or complaint (投诉) id */
            recordId: string;
            /** @enum {string} */
            recordKind: "defect" | "complaint";
        };
        CaseSourceProjectDto: {
            batch: string;
            cityCompany: string;
            id: string;
            name: string;
            /** @description the project time zone, for showing createdAt */
            timeZone: string;
        };
        ChannelPreferencesDto: {
            /** @description an approval waits for you */
            approval_waiting?: ("wecom" | "dingtalk" | "email")[];
            /** @description the daily handover briefing (每日交付简报) */
            daily_briefing?: ("wecom" | "dingtalk" | "email")[];
            /** @description a decision was made on your request */
            decision_made?: ("wecom" | "dingtalk" | "email")[];
            /** @description something overdue or at risk climbed to you (升级) */
            escalation?: ("wecom" | "dingtalk" | "email")[];
            /** @description a gate is due soon (提醒) */
            reminder?: ("wecom" | "dingtalk" | "email")[];
        };
        ChannelPreferencesResponseDto: {
            approval_waiting: ("wecom" | "dingtalk" | "email")[];
            daily_briefing: ("wecom" | "dingtalk" | "email")[];
            decision_made: ("wecom" | "dingtalk" | "email")[];
            escalation: ("wecom" | "dingtalk" | "email")[];
            reminder: ("wecom" | "dingtalk" | "email")[];
        };
        CityResponsibleDto: {
            cityResponsibleUserId: string | null;
        };
        CityResponsiblePersonDto: {
            name: string;
            role: string;
            userId: string;
        };
        CloseCallBackDto: {
            /** @description what came of the call (回访结果) */
            note: string;
        };
        ComplaintDto: {
            acceptedAt: string | null;
            createdAt: string;
            description: string;
            facts: string | null;
            followUpNote: string | null;
            followUpOwner: string | null;
            id: string;
            projectId: string;
            receivedAt: string;
            repliedAt: string | null;
            replyContent: string | null;
            replyDeadline: string | null;
            responsibility: string | null;
            responsibleParty: string | null;
            /** @enum {string} */
            severity: "normal" | "major" | "group";
            /** @enum {string} */
            status: "received" | "accepted" | "investigating" | "responsibility_determined" | "replied";
            subject: string;
            unitId: string | null;
        };
        ComplaintPageDto: {
            items: components["schemas"]["ComplaintDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ConfirmWarrantyDto: {
            /** @description the owner's rating of the repair */
            rating: number;
        };
        ContactsResponseDto: {
            dingtalkUserId: string | null;
            email: string | null;
            /** @enum {string} */
            language: "zh-CN" | "en";
            mobile: string | null;
            preferences: components["schemas"]["ChannelPreferencesResponseDto"];
            quietHours: components["schemas"]["QuietHoursDto"];
            timeZone: string;
            userId: string;
            wecomUserId: string | null;
        };
        ContractorCompanyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "general_contractor" | "waterproofing" | "doors_windows" | "plumbing" | "electrical" | "decoration" | "civil" | "hvac" | "elevator" | "landscaping" | "other";
            name: string;
        };
        ContractorCompanyPageDto: {
            items: components["schemas"]["ContractorCompanyDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CreateAppointmentSlotDto: {
            /**
             * @description seats: how many units can book this slot
             * @example 30
             */
            capacity: number;
            /**
             * @description after startsAt
             * @example 2027-03-01T10:00:00+08:00
             */
            endsAt: string;
            /**
             * @description open_day: 业主开放日; handover: 交付
             * @enum {string}
             */
            kind: "open_day" | "handover";
            /** @example 2027-03-01T09:00:00+08:00 */
            startsAt: string;
        };
        CreateCaseDto: {
            /**
             * @description design_defect (设计缺陷), common_quality_problem (常见质量问题), typical_complaint (典型投诉)
             * @enum {string}
             */
            kind: "design_defect" | "common_quality_problem" | "typical_complaint";
            source: components["schemas"]["CaseSourceDto"];
            /** @description what happened, the cause, the fix, and what future projects should do */
            summary: string;
            /**
             * @example [
             *       "门窗",
             *       "设计"
             *     ]
             */
            tags?: string[];
            /** @example 卫生间门与淋浴房开启冲突 */
            title: string;
        };
        CreateComplaintDto: {
            description: string;
            /** @example 2027-03-01T10:30:00+08:00 */
            receivedAt: string;
            /**
             * @description major and group (群诉) complaints escalate to HQ at once
             * @enum {string}
             */
            severity: "normal" | "major" | "group";
            /** @description what it is about, in a line */
            subject: string;
            /** @description the unit concerned, if any */
            unitId?: string;
        };
        CreateContractorCompanyDto: {
            /**
             * @description general_contractor (总包) or a trade (分包)
             * @enum {string}
             */
            kind: "general_contractor" | "waterproofing" | "doors_windows" | "plumbing" | "electrical" | "decoration" | "civil" | "hvac" | "elevator" | "landscaping" | "other";
            /** @example 中建八局第三建设有限公司 */
            name: string;
        };
        CreateDefectDto: {
            /** @enum {string} */
            category: "quality" | "non_quality";
            /**
             * @description the fix deadline; without one, the project's SLA gives it (GET /projects/{id}/defect-sla)
             * @example 2027-01-31
             */
            deadline?: string;
            description: string;
            /** @description 公共区域, e.g. "3# lobby"; give either unitId or publicArea */
            publicArea?: string;
            responsibleParty?: string;
            /** @description 简单问题: an in-unit item fixed on the spot (the shortest SLA); false when absent */
            simple?: boolean;
            /** @enum {string} */
            source: "unit_inspection" | "open_day" | "handover_inspection" | "after_handover" | "owner_report";
            /** @description 专业, e.g. civil, plumbing, windows */
            trade: string;
            /** @description the unit (户); give either unitId or publicArea */
            unitId?: string;
        };
        CreateOwnerWarrantyRequestDto: {
            /**
             * @description 部位: the component of the quality guarantee
             * @enum {string}
             */
            component: "roof_waterproofing" | "wet_room_waterproofing" | "exterior_wall_leakage" | "heating_cooling" | "electrical" | "water_drainage_pipes" | "equipment_installation" | "decoration";
            /** @description what is wrong */
            description: string;
        };
        CreateRiskItemDto: {
            /** @enum {string} */
            area: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H";
            /**
             * @description the department that owns and decides the item
             * @enum {string}
             */
            department: "engineering" | "design" | "sales" | "customer_service" | "property" | "finance" | "cost";
            description: string;
        };
        CreateSurveyResponseDto: {
            /** @description exactly one answer per dimension of the project */
            answers: components["schemas"]["SurveyAnswerDto"][];
            comment?: string;
            /** @description the unit (户) whose owner answered; one response per unit */
            unitId: string;
        };
        CreateUserDto: {
            /**
             * Format: uuid
             * @description the contractor company (施工单位): required for contractor, refused otherwise
             */
            contractorCompanyId?: string;
            /**
             * @description required for department_head, refused otherwise
             * @enum {string}
             */
            department?: "engineering" | "design" | "sales" | "customer_service" | "property" | "finance" | "cost";
            /** @example 王经理 */
            name: string;
            /** @enum {string} */
            role: "project_lead" | "department_head" | "hq" | "admin" | "contractor";
        };
        CreateWarrantyTicketDto: {
            /**
             * @description 部位: the component of the quality guarantee
             * @enum {string}
             */
            component: "roof_waterproofing" | "wet_room_waterproofing" | "exterior_wall_leakage" | "heating_cooling" | "electrical" | "water_drainage_pipes" | "equipment_installation" | "decoration";
            description: string;
            /**
             * @description when the owner called (报修时间)
             * @example 2027-03-01T10:30:00+08:00
             */
            reportedAt: string;
            /**
             * Format: uuid
             * @description the handed-over unit
             */
            unitId: string;
        };
        DecideAtRiskDto: {
            /** @enum {string} */
            decision: "postpone" | "proceed";
            /**
             * @description required when postponing
             * @example 2027-03-15
             */
            newFirstHandoverDate?: string;
            /** @description the reason, or the recorded exception when proceeding */
            note: string;
        };
        DecideDisputeDto: {
            /**
             * Format: uuid
             * @description upheld as not their trade: the company that fixes it instead
             */
            contractorCompanyId?: string;
            note: string;
            /**
             * @description rejected: the same company fixes it; upheld: reassigned to contractorCompanyId, or dismissed (不予整改) without one
             * @enum {string}
             */
            outcome: "rejected" | "upheld";
        };
        DecidePostponementDto: {
            approve: boolean;
            note?: string;
        };
        DecideRiskItemDto: {
            /** @description 赔偿/补偿方案; required when it cannot be rectified */
            compensationPlan?: string;
            /**
             * @description required to rectify
             * @example 2027-01-31
             */
            deadline?: string;
            /** @enum {string} */
            decision: "rectify" | "cannot_rectify";
            /** @description the person responsible for the rectification; required to rectify */
            owner?: string;
            /** @description required to rectify */
            plan?: string;
            /** @description 统一说辞; required when it cannot be rectified */
            unifiedExplanation?: string;
        };
        DefectAlertDto: {
            /** @description 楼栋 */
            building: string;
            /** @description the case (案例) it became */
            caseId: string | null;
            /** @enum {string} */
            category: "quality" | "non_quality";
            /** @description the defects in the window when it was raised */
            defectCount: number;
            id: string;
            /** @description ISO instant */
            promotedAt: string | null;
            /** @description ISO instant */
            raisedAt: string;
            /** @description the defect whose recording raised it */
            raisedByDefectId: string | null;
            /** @enum {string} */
            status: "open" | "promoted";
            /** @description the threshold in force then */
            thresholdCount: number;
            /** @description 专业 */
            trade: string;
            windowDays: number;
            /**
             * @description the window's last day (the day it was raised)
             * @example 2027-03-10
             */
            windowEnd: string;
            /**
             * @description the window's first day, the project's local date
             * @example 2027-03-08
             */
            windowStart: string;
        };
        DefectAlertPageDto: {
            items: components["schemas"]["DefectAlertDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        DefectDto: {
            /** @description when the company accepted it (接单) */
            acceptedAt: string | null;
            /** @description states this defect may move to next */
            allowedNext: ("open" | "assigned" | "fixed" | "verified" | "cannot_fix" | "disputed" | "dismissed")[];
            /** @description when the company's time to fix started */
            assignedAt: string | null;
            /** @enum {string} */
            category: "quality" | "non_quality";
            closedAt: string | null;
            compensationPlan: string | null;
            /** @description the contractor company (施工单位) it is assigned to */
            contractorCompanyId: string | null;
            createdAt: string;
            deadline: string | null;
            deferralReason: string | null;
            deferredUntil: string | null;
            description: string;
            disputeNote: string | null;
            /** @enum {string|null} */
            disputeReason: "not_our_trade" | "not_a_defect" | "caused_by_owner" | null;
            explanation: string | null;
            fixedAt: string | null;
            id: string;
            ownerRepliedAt: string | null;
            ownerReply: string | null;
            projectId: string;
            publicArea: string | null;
            /** @description how many times verification sent it back */
            reopenCount: number;
            reopenReason: string | null;
            responsibleParty: string | null;
            /** @description 简单问题 (its SLA is the shortest) */
            simple: boolean;
            /** @enum {string} */
            source: "unit_inspection" | "open_day" | "handover_inspection" | "after_handover" | "owner_report";
            /** @enum {string} */
            status: "open" | "assigned" | "fixed" | "verified" | "cannot_fix" | "disputed" | "dismissed";
            trade: string;
            unitId: string | null;
            updatedAt: string;
        };
        DefectListItemDto: {
            /** @description when the company accepted it (接单) */
            acceptedAt: string | null;
            /** @description states this defect may move to next */
            allowedNext: ("open" | "assigned" | "fixed" | "verified" | "cannot_fix" | "disputed" | "dismissed")[];
            /** @description when the company's time to fix started */
            assignedAt: string | null;
            /** @enum {string} */
            category: "quality" | "non_quality";
            closedAt: string | null;
            compensationPlan: string | null;
            /** @description the contractor company (施工单位) it is assigned to */
            contractorCompanyId: string | null;
            createdAt: string;
            deadline: string | null;
            deferralReason: string | null;
            deferredUntil: string | null;
            description: string;
            disputeNote: string | null;
            /** @enum {string|null} */
            disputeReason: "not_our_trade" | "not_a_defect" | "caused_by_owner" | null;
            explanation: string | null;
            fixedAt: string | null;
            id: string;
            ownerRepliedAt: string | null;
            ownerReply: string | null;
            photoCount: number;
            projectId: string;
            publicArea: string | null;
            /** @description how many times verification sent it back */
            reopenCount: number;
            reopenReason: string | null;
            responsibleParty: string | null;
            /** @description 简单问题 (its SLA is the shortest) */
            simple: boolean;
            /** @enum {string} */
            source: "unit_inspection" | "open_day" | "handover_inspection" | "after_handover" | "owner_report";
            /** @enum {string} */
            status: "open" | "assigned" | "fixed" | "verified" | "cannot_fix" | "disputed" | "dismissed";
            trade: string;
            /** @description null for a public-area defect */
            unit: components["schemas"]["DefectUnitDto"] | null;
            unitId: string | null;
            updatedAt: string;
        };
        DefectNoteDto: {
            note?: string;
        };
        DefectPageDto: {
            items: components["schemas"]["DefectListItemDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        DefectPhotoDto: {
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png" | "image/webp";
            createdAt: string;
            defectId: string;
            id: string;
            sizeBytes: number;
            /** @enum {string} */
            stage: "before" | "after";
            /** @description the staff user; null for a photo the owner took */
            uploadedBy: string | null;
        };
        DefectSlaDto: {
            /**
             * @description 其他户内问题
             * @example 7
             */
            inUnitDays: number;
            /**
             * @description 公共区域问题
             * @example 30
             */
            publicAreaDays: number;
            /**
             * @description 简单户内问题 (当场可修)
             * @example 3
             */
            simpleInUnitDays: number;
        };
        DefectUnitDto: {
            building: string;
            room: string;
            unitNo: string;
        };
        DeferDefectDto: {
            reason: string;
            /**
             * @description the committed completion date
             * @example 2027-03-31
             */
            until: string;
        };
        DeliveryPageDto: {
            items: components["schemas"]["DeliveryResponseDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        DeliveryResponseDto: {
            attempts: number;
            /** @enum {string} */
            channel: "wecom" | "dingtalk" | "email";
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            lastError: string | null;
            /**
             * Format: date-time
             * @description not sent before (the end of quiet hours)
             */
            notBefore: string;
            notificationId: string;
            projectId: string | null;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            title: string;
            /** @enum {string} */
            topic: "reminder" | "escalation" | "approval_waiting" | "decision_made" | "daily_briefing";
            userId: string;
            userName: string;
        };
        DetermineResponsibilityDto: {
            /** @description the determination (责任认定) */
            responsibility: string;
            /** @description who is responsible: developer, contractor, property company, owner, … */
            responsibleParty: string;
        };
        DisputeDefectDto: {
            /** @description what the company says, for the engineering head */
            note: string;
            /**
             * @description 异议理由: not our trade, not a defect, caused by the owner
             * @enum {string}
             */
            reason: "not_our_trade" | "not_a_defect" | "caused_by_owner";
        };
        DueDateChangeDto: {
            /** @enum {string} */
            milestoneKey: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "rehearsal" | "handoverReadiness" | "centralizedHandover" | "scatteredHandover" | "summaryAccepted";
            newDueDate: string;
            oldDueDate: string;
        };
        EntrustKeyDto: {
            /**
             * @description number of the key entrustment letter
             * @example WT-2027-0031
             */
            letterNo: string;
            note?: string;
        };
        ErrorResponseDto: {
            /**
             * @description stable code of the refusal
             * @example TEXT_CONTAINS_NUL
             */
            code: string;
            /** @example Bad Request */
            error: string;
            /** @description the refusal in the caller's language (Accept-Language, zh-CN by default) */
            message: string | string[];
            /** @description the values the message names */
            params?: {
                [key: string]: unknown;
            };
            /** @example 400 */
            statusCode: number;
        };
        EscalationDto: {
            batch: string;
            cityCompany: string;
            /**
             * @description what it says as a stable code; null for escalations raised before the codes (message only)
             * @example MILESTONE_OVERDUE
             */
            code: string | null;
            /** @example 2026-05-20 */
            dueDate: string;
            id: string;
            /** @enum {string} */
            kind: "milestone_overdue" | "handover_date_at_risk" | "defect_overdue" | "complaint_overdue" | "major_complaint";
            /** @description what it says, in the caller's language (Accept-Language, zh-CN by default) */
            message: string;
            /** @description the gate, for milestone escalations */
            milestoneKey: string | null;
            /** @description its gate, record or at-risk date still needs attention */
            open: boolean;
            /** @description the code's parameters, for clients that word it themselves */
            params: {
                [key: string]: unknown;
            } | null;
            projectId: string;
            projectName: string;
            raisedAt: string;
            /** @description the project time zone, for showing raisedAt */
            timeZone: string;
        };
        EscalationPageDto: {
            items: components["schemas"]["EscalationDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EscalationRecordDto: {
            /** @description ISO instant */
            at: string;
            /** @example MILESTONE_OVERDUE */
            code: string | null;
            dueDate: string;
            key: string;
            /** @enum {string} */
            kind: "milestone_overdue" | "handover_date_at_risk";
            /** @description in the caller's language; the English as recorded for runs from before the codes */
            message: string;
            /** @enum {string} */
            milestoneKey: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "rehearsal" | "handoverReadiness" | "centralizedHandover" | "scatteredHandover" | "summaryAccepted";
            params: {
                [key: string]: unknown;
            } | null;
        };
        FeeLineDto: {
            amount: components["schemas"]["MoneyDto"];
            /** @enum {string} */
            kind: "area_difference" | "property_fee" | "deed_tax" | "maintenance_fund";
            /** @description null for a zero amount (nothing collected) */
            receiptNo?: string | null;
        };
        FeesDto: {
            /** @description 合同总价 = contracted area × price */
            contractPrice: components["schemas"]["MoneyDto"];
            deedTax: components["schemas"]["FeeLineDto"];
            maintenanceFund: components["schemas"]["FeeLineDto"];
            prepaidMonths: number;
            propertyFeePrepayment: components["schemas"]["FeeLineDto"];
            total: components["schemas"]["MoneyDto"];
        };
        FeeSettingsDto: {
            deedTaxRateBp: number;
            /** @description 公共维修基金 per m² */
            maintenanceFundPerSqm: components["schemas"]["MoneyDto"];
            prepaidMonths: number;
            projectId: string;
            /** @description 物业费 per m² per month */
            propertyFeePerSqmMonth: components["schemas"]["MoneyDto"];
            refundThresholdBp: number;
            updatedAt: string;
        };
        FieldFactsDto: {
            /** @description keys the contractor still holds (not yet transferred to the property company) */
            keysWithContractor: number;
            /** @description in-unit quality defects still open and not deferred to a committed date */
            openInUnitQualityDefects: number;
            /** @description risk items (交付风险自查) without a decision */
            undecidedRiskItems: number;
            /** @description units handed over (交付完成) */
            unitsHandedOver: number;
            /** @description units of the project */
            unitsTotal: number;
        };
        FollowUpComplaintDto: {
            /** @description 跟进人 */
            followUpOwner: string;
            note?: string;
        };
        FrequentProblemThresholdDto: {
            /**
             * @description defects that make a pattern
             * @example 5
             */
            count: number;
            /**
             * @description within so many days: today and the days before it, in the project's time zone
             * @example 3
             */
            windowDays: number;
        };
        GateEvidenceDto: {
            keysTotal: number | null;
            /** @description keys not yet transferred to the property company */
            keysWithContractor: number | null;
            /** @description open, assigned or fixed-awaiting-verification, not deferred */
            openInUnitQualityDefects: number | null;
            undecidedRiskItems: number | null;
        };
        HandOverDocumentsDto: {
            note?: string;
            /** @description 业主手册 handed over; must be true */
            ownerHandbook: boolean;
            /** @description 《住宅质量保证书》 handed over; must be true */
            qualityGuarantee: boolean;
            /** @description 《住宅使用说明书》 handed over; must be true */
            userManual: boolean;
        };
        HandoverEventDto: {
            actorId?: string | null;
            at: string;
            id: string;
            payload: {
                [key: string]: unknown;
            };
            /** @description a step, or 'refused', 'objected', 'objection_resolved' */
            step: string;
        };
        HandoverNoticeSettingsDto: {
            /** @description 携带材料 */
            bringItems: string[];
            /** @description 交付地点 */
            place: string;
            projectId: string;
            updatedAt: string;
        };
        HandoverNoticeSmsResultDto: {
            /** @description households already sent (or being sent) this same notice */
            alreadyQueued: number;
            /** @description messages queued now */
            queued: number;
            /** @description households without a mobile number in the unit list */
            withoutMobile: number;
        };
        HandoverPlanDto: {
            centralizedDays: number;
            firstHandoverDate: string;
            lastCentralizedDate: string;
            milestones: components["schemas"]["PlannedMilestoneDto"][];
            offsets: components["schemas"]["PlanOffsetsDto"];
            phases: components["schemas"]["PlannedPhaseDto"][];
            timeZone: string;
        };
        HandoverRateDayDto: {
            /** @example 2026-06-11 */
            date: string;
            /** @description units handed over by the end of the day, each project on its own local day */
            handedOverCumulative: number;
            /** @description units handed over on the day */
            handedOverToday: number;
            /** @example 33.3% */
            handoverRate: string;
            /** @description 交付率 in basis points (3333 = 33.33 %), rounded down */
            handoverRateBp: number;
            /** @description units of every active project */
            totalUnits: number;
        };
        HandoverRateDto: {
            /** @description one entry per day from `from` to `to` */
            days: components["schemas"]["HandoverRateDayDto"][];
        };
        HandoverSummaryDto: {
            /** @description how many times the sections were compiled */
            compileCount: number;
            compiledAt: string;
            /** @description status of the summaryAccepted gate; "rework" when HQ sent the summary back */
            gateStatus: string | null;
            narrative: components["schemas"]["SummaryNarrativeDto"];
            narrativeUpdatedAt: string | null;
            projectId: string;
            sections: components["schemas"]["SummarySectionsDto"];
            /**
             * @description draft → submitted (lead) → accepted (HQ approves the summaryAccepted gate)
             * @enum {string}
             */
            status: "draft" | "submitted" | "accepted";
            submittedAt: string | null;
            submittedBy: string | null;
        };
        HqExceptionDto: {
            /** @description why HQ accepts a plan that breaks a waivable rule (e.g. the 20-day transfer rule) */
            reason: string;
        };
        InboxItemDto: {
            approvedParties: string[];
            atRisk: boolean;
            batch: string;
            cityCompany: string;
            dueDate: string;
            evidence: components["schemas"]["GateEvidenceDto"];
            /** @description D of the project */
            firstHandoverDate: string;
            /** @enum {string} */
            milestone: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "rehearsal" | "handoverReadiness" | "centralizedHandover" | "scatteredHandover" | "summaryAccepted";
            parties: string[];
            /** @description the party I sign for */
            party: string;
            /** @enum {string} */
            phase: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "handoverPreparation" | "centralizedHandover" | "scatteredHandover" | "summary";
            projectId: string;
            projectName: string;
            /** @enum {string} */
            status: "open" | "rework";
            timeZone: string;
        };
        InboxPageDto: {
            items: components["schemas"]["InboxItemDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        InspectDto: {
            /** @default [] */
            defects: components["schemas"]["InspectionDefectDto"][];
            note?: string;
            team: components["schemas"]["InspectionTeamDto"];
        };
        InspectionDefectDto: {
            /** @example 主卧门吸缺失 */
            description: string;
            /** @description true: fixed on the spot by the rapid repair team (快速应急维修队); false: logged for warranty repair */
            simple: boolean;
        };
        InspectionItemDto: {
            description: string;
            id: string;
            simple: boolean;
            /** @enum {string} */
            status: "fixed_on_spot" | "logged_for_repair";
        };
        InspectionResultDto: {
            fixedOnSpot: number;
            items: components["schemas"]["InspectionItemDto"][];
            loggedForRepair: number;
            /** @description sales, engineering, property */
            team: {
                [key: string]: string;
            };
        };
        InspectionTeamDto: {
            /** @description engineering member */
            engineering: string;
            /** @description property company member */
            property: string;
            /** @description sales member of the inspection team (验房小组) */
            sales: string;
        };
        InvestigateComplaintDto: {
            /** @description the facts found (调查事实) */
            facts: string;
        };
        KeyDetailDto: {
            /**
             * @description where the key stands: its holder with its open loan and entrustment letter (with_property vs on_loan vs entrusted)
             * @enum {string}
             */
            custody: "with_contractor" | "with_property" | "on_loan" | "with_owner" | "entrusted" | "entrusted_on_loan";
            /** @description the entrustment letter not yet closed, null when none */
            entrustment: components["schemas"]["OpenKeyEntrustmentDto"] | null;
            /**
             * @description who physically holds it (a lent key is with the contractor)
             * @enum {string}
             */
            holder: "contractor" | "property" | "owner";
            id: string;
            /** @enum {string} */
            kind: "entrance_door" | "unit_door" | "mailbox" | "equipment_room" | "management_room";
            label: string;
            /** @description the loan not yet returned, null when none */
            loan: components["schemas"]["OpenKeyLoanDto"] | null;
            /** @description holder history, oldest first */
            movements: components["schemas"]["KeyMovementDto"][];
            projectId: string;
            /** @description null for public rooms */
            unitId?: string | null;
        };
        KeyDto: {
            /**
             * @description where the key stands: its holder with its open loan and entrustment letter (with_property vs on_loan vs entrusted)
             * @enum {string}
             */
            custody: "with_contractor" | "with_property" | "on_loan" | "with_owner" | "entrusted" | "entrusted_on_loan";
            /** @description the entrustment letter not yet closed, null when none */
            entrustment: components["schemas"]["OpenKeyEntrustmentDto"] | null;
            /**
             * @description who physically holds it (a lent key is with the contractor)
             * @enum {string}
             */
            holder: "contractor" | "property" | "owner";
            id: string;
            /** @enum {string} */
            kind: "entrance_door" | "unit_door" | "mailbox" | "equipment_room" | "management_room";
            label: string;
            /** @description the loan not yet returned, null when none */
            loan: components["schemas"]["OpenKeyLoanDto"] | null;
            projectId: string;
            /** @description null for public rooms */
            unitId?: string | null;
        };
        KeyEntrustmentRefDto: {
            /** @description the entrustment movement of the key ledger */
            id: string;
            /** @example 1-1-101-户门 */
            keyLabel: string;
            /** @example WT-2027-0031 */
            letterNo: string;
            /** @description when the key went back to the owner */
            returnedAt: string | null;
        };
        KeyMovementDto: {
            at: string;
            borrower?: string | null;
            by?: string | null;
            /** @description loans: end of the local day of the loan */
            dueBackAt?: string | null;
            /** @enum {string} */
            fromHolder: "contractor" | "property" | "owner";
            id: string;
            keyId: string;
            /** @enum {string} */
            kind: "transfer" | "loan" | "return" | "entrustment" | "entrustment_return";
            letterNo?: string | null;
            note?: string | null;
            returnedAt?: string | null;
            /** @enum {string} */
            toHolder: "contractor" | "property" | "owner";
        };
        KeyMovementResultDto: {
            /** @description loans: the local calendar day the key must be back on */
            dueBackLocalDate?: string;
            key: components["schemas"]["KeyDto"];
            /** @description returns of a loan: whether it came back after the end of the day */
            late?: boolean;
            movement: components["schemas"]["KeyMovementDto"];
        };
        KeyPageDto: {
            items: components["schemas"]["KeyDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        KeyTransferResultDto: {
            keys: components["schemas"]["KeyDto"][];
            movements: components["schemas"]["KeyMovementDto"][];
        };
        LabelDto: {
            en: string;
            zh: string;
        };
        LaunchProjectDto: {
            /** @example 一期 3#–5# */
            batch: string;
            /** @example 3 */
            centralizedDays: number;
            /** @example 杭州城市公司 */
            cityCompany: string;
            /** @description department heads who see this project and sign its gates */
            departmentHeadIds?: string[];
            /**
             * @description D: first centralized handover day, in the project time zone
             * @example 2027-03-01
             */
            firstHandoverDate: string;
            /** @description HQ only */
            hqException?: components["schemas"]["HqExceptionDto"];
            /** @description the project lead; HQ and admins launch on behalf of a lead, a lead launches for themself */
            leadUserId?: string;
            milestoneParties?: components["schemas"]["MilestonePartiesDto"][];
            /** @example 滨江壹号 */
            name: string;
            notifications?: components["schemas"]["NotificationScheduleDto"];
            offsets?: components["schemas"]["OffsetsDto"];
            /** @example Asia/Shanghai */
            timeZone?: string;
        };
        LendKeyDto: {
            /** @example 总包 王师傅 (水电) */
            borrower: string;
            note?: string;
        };
        MilestonePartiesDto: {
            /** @example propertyTransfer */
            milestone: string;
            /**
             * @example [
             *       "property",
             *       "engineering"
             *     ]
             */
            parties: string[];
        };
        MilestoneViewDto: {
            approvals: components["schemas"]["ApprovalRecordDto"][];
            closedAt?: string | null;
            dueDate: string;
            /** @enum {string} */
            key: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "rehearsal" | "handoverReadiness" | "centralizedHandover" | "scatteredHandover" | "summaryAccepted";
            missingParties: string[];
            nameZh: string;
            parties: string[];
            /** @enum {string} */
            phase: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "handoverPreparation" | "centralizedHandover" | "scatteredHandover" | "summary";
            rejections: components["schemas"]["RejectionRecordDto"][];
            /** @enum {string} */
            status: "pending" | "open" | "rework" | "closed";
        };
        MoneyDto: {
            /** @description integer fen (分); negative = refund to the owner */
            fen: number;
            /**
             * @description yuan (元) with sign, thousands separators and 2 decimals
             * @example 1,234.50
             */
            yuan: string;
        };
        NewKeyDto: {
            /** @enum {string} */
            kind: "entrance_door" | "unit_door" | "mailbox" | "equipment_room" | "management_room";
            /**
             * @description the label on the key tag, unique within the project
             * @example 3#-1-1201-户门-1
             */
            label: string;
        };
        NoticeAreaDifferenceDto: {
            /** @description positive: the owner pays; negative: refunded to the owner */
            amount: components["schemas"]["MoneyDto"];
            /** @description 合同面积, m² × 100 */
            contractedAreaCenti: number;
            /** @description surveyed − contracted, m² × 100 */
            differenceCenti: number;
            /**
             * @description owner_pays: 补交; refund: 退还
             * @enum {string}
             */
            direction: "owner_pays" | "refund" | "none";
            /** @description 实测面积, m² × 100 */
            surveyedAreaCenti: number;
            /** @description the difference reached the contract threshold (special handling under the contract) */
            thresholdReached: boolean;
        };
        NoticeFeesDto: {
            /** @description 契税 (代收) */
            deedTax: components["schemas"]["MoneyDto"];
            /** @description 公共维修基金 (代收) */
            maintenanceFund: components["schemas"]["MoneyDto"];
            /** @description months of property fee collected in advance */
            prepaidMonths: number;
            /** @description 物业费预收 */
            propertyFeePrepayment: components["schemas"]["MoneyDto"];
            total: components["schemas"]["MoneyDto"];
        };
        NoticeHandoverDaysDto: {
            /** @example 3 */
            days: number;
            /**
             * @description 集中交付首日 D
             * @example 2027-03-01
             */
            firstDate: string;
            /**
             * @description D+n−1, the last centralized day
             * @example 2027-03-03
             */
            lastDate: string;
            /** @example Asia/Shanghai */
            timeZone: string;
        };
        NotificationCentreItemDto: {
            body: string;
            /** @example MILESTONE_OVERDUE */
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /**
             * @description the console page it is about
             * @example /projects/3f1c…
             */
            link: string;
            params: {
                [key: string]: string | number;
            };
            projectId: string | null;
            /** Format: date-time */
            readAt: string | null;
            /** @description in the recipient's language */
            title: string;
            /** @enum {string} */
            topic: "reminder" | "escalation" | "approval_waiting" | "decision_made" | "daily_briefing";
        };
        NotificationCentrePageDto: {
            items: components["schemas"]["NotificationCentreItemDto"][];
            page: number;
            pageSize: number;
            total: number;
            /** @description the caller's unread notifications, whatever the filter */
            unread: number;
        };
        NotificationCentreReadAllDto: {
            /** @description how many were unread */
            marked: number;
            unread: number;
        };
        NotificationEventDto: {
            /** @description reminders: whole days before the due date */
            daysBefore: number | null;
            dueDate: string | null;
            id: string;
            key: string;
            /** @enum {string} */
            kind: "reminder" | "escalation" | "approval_waiting" | "decision_made" | "daily_briefing";
            /** @description escalations: what was escalated */
            message: string | null;
            milestoneKey: string | null;
            /** @description 'user:<id>' or 'role:<role>' */
            recipients: string[];
            /** @description ISO instant it was sent */
            sentAt: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationEventDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        NotificationScheduleDto: {
            /**
             * @description days after a due date to the city company
             * @example 2
             */
            cityAfterDays?: number;
            /**
             * @description days after a due date to HQ
             * @example 4
             */
            hqAfterDays?: number;
            /**
             * @description days before a due date; default 3 and 1
             * @example [
             *       3,
             *       1
             *     ]
             */
            reminderDaysBefore?: number[];
            /**
             * @description local 'HH:mm' of the reminders and the ladder's steps
             * @example 09:00
             */
            reminderTime?: string;
        };
        OffsetsDto: {
            /** @example -30 */
            openDay?: number;
            /** @example -20 */
            propertyTransferDue?: number;
            /** @example -21 */
            rectificationDue?: number;
            /** @example -1 */
            rehearsalEnd?: number;
            /** @example -2 */
            rehearsalStart?: number;
            /** @example -45 */
            riskSelfCheckDue?: number;
            /** @example 60 */
            scatteredHandoverDueAfterCentralized?: number;
            /** @example 14 */
            summaryDueAfterCentralized?: number;
            /** @example -35 */
            unitInspectionDue?: number;
        };
        OpenKeyEntrustmentDto: {
            /** @description when the owner left the key */
            entrustedAt: string;
            /** @description the entrustment movement */
            id: string;
            letterNo: string;
        };
        OpenKeyLoanDto: {
            borrower: string;
            /** @description end of the local day of the loan */
            dueBackAt: string;
            /** @description the loan movement */
            id: string;
            /** @description when it was lent */
            lentAt: string;
        };
        OverdueLoanDto: {
            borrower: string;
            dueBackAt: string;
            keyId: string;
            label: string;
            lentAt: string;
            loanId: string;
            /** @description whole minutes past due */
            minutesOverdue: number;
            unitId?: string | null;
        };
        OverdueLoansDto: {
            items: components["schemas"]["OverdueLoanDto"][];
        };
        OwnerBookingListDto: {
            /** @description the unit's active bookings, by the slot's start */
            items: components["schemas"]["AppointmentBookingDto"][];
        };
        OwnerBookSlotDto: {
            /** @description the time slot to book, of the unit’s project */
            slotId: string;
        };
        OwnerDefectDto: {
            /** @description the company reported it fixed: the owner may confirm it or say it is not fixed */
            awaitingOwner: boolean;
            closedAt: string | null;
            createdAt: string;
            /** @description the fix deadline (YYYY-MM-DD) */
            deadline: string | null;
            description: string;
            fixedAt: string | null;
            id: string;
            /** @description the reply to the owner, if any */
            ownerReply: string | null;
            photos: components["schemas"]["OwnerDefectPhotoDto"][];
            /** @description how many times the fix was sent back */
            reopenCount: number;
            /**
             * @description open day, inspection, handover, after handover or own report
             * @enum {string}
             */
            source: "unit_inspection" | "open_day" | "handover_inspection" | "after_handover" | "owner_report";
            /** @enum {string} */
            status: "open" | "assigned" | "fixed" | "verified" | "cannot_fix" | "disputed" | "dismissed";
        };
        OwnerDefectPageDto: {
            items: components["schemas"]["OwnerDefectDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OwnerDefectPhotoDto: {
            /** @description taken by the owner */
            byOwner: boolean;
            createdAt: string;
            id: string;
            /**
             * @description before: the defect as found; after: the fix
             * @enum {string}
             */
            stage: "before" | "after";
            /** @description GET it with the owner session: /owner/me/units/{unitId}/defects/{defectId}/photos/{id} */
            url: string;
        };
        OwnerDocumentDraftDto: {
            /** @example 1#-2-301 */
            address: string;
            /** @enum {string} */
            document: "inspection_record" | "handover_confirmation";
            /** @description 收楼确认书 only */
            documents?: components["schemas"]["OwnerDraftHandedDocumentsDto"] | null;
            /**
             * Format: date-time
             * @description 验房单: when 验房 was recorded
             */
            inspectedAt?: string | null;
            /** @description 验房单 only */
            items?: components["schemas"]["OwnerDraftInspectionItemDto"][];
            /** @description 收楼确认书 only */
            keys?: components["schemas"]["OwnerDraftKeyDto"][];
            ownerName: string;
            /** @description 收楼确认书 only */
            payments?: components["schemas"]["OwnerDraftPaymentDto"][];
            projectName: string;
        };
        OwnerDraftHandedDocumentsDto: {
            /** @description 业主手册 */
            ownerHandbook: boolean;
            /** @description 住宅质量保证书 */
            qualityGuarantee: boolean;
            /** @description 住宅使用说明书 */
            userManual: boolean;
        };
        OwnerDraftInspectionItemDto: {
            description: string;
            /**
             * @description 已现场整改 or 已登记维修
             * @enum {string}
             */
            status: "fixed_on_spot" | "logged_for_repair";
        };
        OwnerDraftKeyDto: {
            label: string;
        };
        OwnerDraftPaymentDto: {
            /** @description integer fen */
            amountFen: number;
            /** @enum {string} */
            kind: "area_difference" | "property_fee" | "deed_tax" | "maintenance_fund";
            receiptNo: string;
        };
        OwnerHandoverNoticeDto: {
            areaDifference: components["schemas"]["NoticeAreaDifferenceDto"];
            /** @description 携带材料; empty until the project sets them */
            bringItems: string[];
            /** @description 楼栋 */
            building: string;
            /** @description area difference + fees (negative: the owner is owed) */
            due: components["schemas"]["MoneyDto"];
            /** @description null while the project has no fee settings */
            fees?: components["schemas"]["NoticeFeesDto"] | null;
            handoverDays: components["schemas"]["NoticeHandoverDaysDto"];
            /** @description 交付地点; null until the project sets it */
            place?: string | null;
            projectName: string;
            /** @description 房号 */
            room: string;
            unitId: string;
            /** @description 单元 */
            unitNo: string;
        };
        OwnerMessagePreferencesDto: {
            /** @description 预约提醒: 10:00 the day before a booked slot */
            bookingReminder: boolean;
            /** @description 交付通知 by SMS */
            handoverNotice: boolean;
            /** @description 异议答复: customer service replied to an objection */
            objectionReply: boolean;
            /** @description 报修上门: a repair visit was scheduled */
            repairVisit: boolean;
        };
        OwnerMoveBookingDto: {
            /** @description the time slot to move to: of the same kind, not ended, with a seat free */
            slotId: string;
        };
        OwnerObjectionDto: {
            description: string;
            id: string;
            receivedAt: string;
            repliedAt: string | null;
            replyContent: string | null;
            /** @description 承诺答复时间; null until customer service accepts it */
            replyDeadline: string | null;
            /** @enum {string} */
            status: "received" | "accepted" | "investigating" | "responsibility_determined" | "replied";
            subject: string;
        };
        OwnerObjectionPageDto: {
            items: components["schemas"]["OwnerObjectionDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OwnerSessionDto: {
            /** @example 604800 */
            expiresInSeconds: number;
            /** @description the owner session token: send it as "Authorization: Bearer <token>" to /owner/* */
            token: string;
        };
        OwnerSignInDto: {
            /**
             * @description the six-digit code from the text message
             * @example 012345
             */
            code: string;
            /**
             * @description 中国大陆手机号: 11 digits starting with 1
             * @example 13900000001
             */
            phone: string;
        };
        OwnerSlotDto: {
            capacity: number;
            /** @example 2027-03-01T02:00:00.000Z */
            endsAt: string;
            id: string;
            /** @enum {string} */
            kind: "open_day" | "handover";
            /** @description seats still free */
            remaining: number;
            /** @example 2027-03-01T01:00:00.000Z */
            startsAt: string;
        };
        OwnerSlotListDto: {
            /** @description slots not ended yet, by start (at most 200) */
            items: components["schemas"]["OwnerSlotDto"][];
            /**
             * @description the project's time zone, to show the times in
             * @example Asia/Shanghai
             */
            timeZone: string;
        };
        OwnerSurveyAnswerBodyDto: {
            /** @description exactly one answer per dimension of the project */
            answers: components["schemas"]["SurveyAnswerDto"][];
            comment?: string;
        };
        OwnerSurveyDto: {
            dimensions: components["schemas"]["SurveyDimensionDto"][];
            /** @description the household's response, if any */
            response: components["schemas"]["OwnerSurveyResponseDto"] | null;
            scale: components["schemas"]["SurveyScaleDto"];
        };
        OwnerSurveyResponseDto: {
            answers: components["schemas"]["SurveyAnswerDto"][];
            /** @description answered in the app (false: entered by customer service) */
            byOwner: boolean;
            createdAt: string;
            id: string;
        };
        OwnerUnitDto: {
            /** @description 楼栋 */
            building: string;
            /** @description 合同面积 in m² × 100 */
            contractedAreaCenti: number;
            /**
             * @description 精装 or 毛坯
             * @enum {string}
             */
            fitOut: "fitted" | "shell";
            handoverState: string;
            id: string;
            /** @description 业主姓名 */
            ownerName: string;
            projectId: string;
            /** @description 项目名称 */
            projectName: string;
            /** @description 房号 */
            room: string;
            /** @description 实测面积 in m² × 100 */
            surveyedAreaCenti: number;
            /**
             * @description the project's IANA time zone: every time the owner reads is in it
             * @example Asia/Shanghai
             */
            timeZone: string;
            /** @description 单元 */
            unit: string;
        };
        OwnerUnitListDto: {
            items: components["schemas"]["OwnerUnitDto"][];
        };
        OwnerVisitWindowDto: {
            createdAt: string;
            endsAt: string;
            id: string;
            startsAt: string;
        };
        OwnerWarrantyComponentDto: {
            /** @enum {string} */
            component: "roof_waterproofing" | "wet_room_waterproofing" | "exterior_wall_leakage" | "heating_cooling" | "electrical" | "water_drainage_pipes" | "equipment_installation" | "decoration";
            /** @description last day of this component's period for the unit */
            coveredUntil: string;
            /** @description today is within the period */
            inWarranty: boolean;
            years: number;
        };
        OwnerWarrantyOverviewDto: {
            /** @description the project's components and periods */
            components: components["schemas"]["OwnerWarrantyComponentDto"][];
            /** @description requests can be raised (the unit is handed over) */
            handedOver: boolean;
            handedOverOn: string | null;
            items: components["schemas"]["OwnerWarrantyRequestDto"][];
            /**
             * @description the project's time zone, for visit times
             * @example Asia/Shanghai
             */
            timeZone: string;
        };
        OwnerWarrantyPhotoDto: {
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png" | "image/webp";
            height: number;
            id: string;
            sizeBytes: number;
            /** @description the photo, under the owner route (the owner session is required) */
            url: string;
            width: number;
        };
        OwnerWarrantyRequestDto: {
            /** @enum {string} */
            component: "roof_waterproofing" | "wet_room_waterproofing" | "exterior_wall_leakage" | "heating_cooling" | "electrical" | "water_drainage_pipes" | "equipment_installation" | "decoration";
            /** @description last day of the period for this component */
            coveredUntil: string;
            description: string;
            /** @description 交付日期 in the project time zone */
            handedOverOn: string;
            id: string;
            /** @description reported within the period (保修期内): a free repair; else a paid one */
            inWarranty: boolean;
            /** @description done and not rated yet */
            mayRate: boolean;
            photos: components["schemas"]["OwnerWarrantyPhotoDto"][];
            /** @description times the owner proposed */
            proposedWindows: components["schemas"]["OwnerVisitWindowDto"][];
            ratedAt: string | null;
            /** @description 1–5 stars, once the repair is rated */
            rating: number | null;
            ratingComment: string | null;
            repairedAt: string | null;
            reportedAt: string;
            /** @enum {string} */
            status: "reported" | "visit_booked" | "repaired" | "closed";
            /** @description visits customer service arranged */
            visits: components["schemas"]["OwnerWarrantyVisitDto"][];
            warrantyYears: number;
        };
        OwnerWarrantyVisitDto: {
            endsAt: string;
            id: string;
            /** @description when the owner accepted this visit time */
            ownerAcceptedAt: string | null;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "done" | "cancelled";
        };
        PaymentDto: {
            amount: components["schemas"]["MoneyDto"];
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind: "area_difference" | "property_fee" | "deed_tax" | "maintenance_fund";
            receiptNo: string;
            specialHandling: boolean;
        };
        PendingDecisionDto: {
            batch: string;
            cityCompany: string;
            /** @description D as currently planned */
            firstHandoverDate: string;
            /** @enum {string} */
            kind: "postponement" | "at_risk";
            name: string;
            /** @description the D the lead asks for */
            newFirstHandoverDate: string | null;
            projectId: string;
            reason: string | null;
            /** @description when the request was made or the at-risk decision was opened */
            requestedAt: string;
            /** @description the postponement request id (for the decision endpoint) */
            requestId: string | null;
            timeZone: string;
        };
        PendingDecisionListDto: {
            /** @description oldest first; as mirrored from the project timelines */
            items: components["schemas"]["PendingDecisionDto"][];
        };
        PhaseViewDto: {
            end?: string | null;
            /** @enum {string} */
            key: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "handoverPreparation" | "centralizedHandover" | "scatteredHandover" | "summary";
            nameZh: string;
            order: number;
            start: string;
            /** @enum {string} */
            status: "pending" | "active" | "closed";
        };
        PlanHistoryEntryDto: {
            /** @description ISO instant */
            at: string;
            /** @description user id of who decided it */
            decidedBy: string | null;
            firstHandoverDate: string;
            /** @description 'launch', or why D moved */
            reason: string;
            version: number;
        };
        PlannedMilestoneDto: {
            dueDate: string;
            /** @enum {string} */
            key: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "rehearsal" | "handoverReadiness" | "centralizedHandover" | "scatteredHandover" | "summaryAccepted";
            nameZh: string;
            parties: string[];
            /** @enum {string} */
            phase: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "handoverPreparation" | "centralizedHandover" | "scatteredHandover" | "summary";
        };
        PlannedNotificationDto: {
            /** @description epoch milliseconds */
            at: number;
            /** @description -1 for the escalation, which fires the day after the due date */
            daysBefore: number;
            dueDate: string;
            key: string;
            /** @enum {string} */
            kind: "reminder" | "escalation";
            milestoneKey: string;
        };
        PlannedPhaseDto: {
            /** @description null while open ended (scattered handover) */
            end?: string | null;
            /** @enum {string} */
            key: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "handoverPreparation" | "centralizedHandover" | "scatteredHandover" | "summary";
            nameZh: string;
            order: number;
            start: string;
        };
        PlanOffsetsDto: {
            openDay: number;
            propertyTransferDue: number;
            rectificationDue: number;
            rehearsalEnd: number;
            rehearsalStart: number;
            riskSelfCheckDue: number;
            scatteredHandoverDueAfterCentralized: number;
            summaryDueAfterCentralized: number;
            unitInspectionDue: number;
        };
        PlanPreviewDto: {
            /** @description today in the project time zone: the day the plan would start */
            launchDate: string;
            plan: components["schemas"]["HandoverPlanDto"];
            problems: components["schemas"]["PlanProblemDto"][];
        };
        PlanProblemDto: {
            /** @example transfer_rule */
            code: string;
            message: string;
            /** @description HQ may accept it by recording an exception */
            waivable: boolean;
        };
        PostponementRequestDto: {
            decidedAt: string | null;
            decidedBy: string | null;
            decisionNote: string | null;
            id: string;
            newFirstHandoverDate: string;
            reason: string;
            /** @description ISO instant */
            requestedAt: string;
            requestedBy: string;
            /** @enum {string} */
            status: "pending" | "approved" | "refused";
        };
        ProjectAssignmentsDto: {
            cityResponsible: components["schemas"]["CityResponsiblePersonDto"] | null;
            /** @description by department, then name */
            items: components["schemas"]["AssignedPersonDto"][];
            projectId: string;
        };
        ProjectDetailDto: {
            atRisk: boolean;
            atRiskDecision: components["schemas"]["AtRiskDecisionDto"] | null;
            batch: string;
            centralizedDays: number;
            cityCompany: string;
            /** @description 城市公司负责人, the escalation ladder reaches before HQ */
            cityResponsibleUserId: string | null;
            createdAt: string;
            currentPhase?: string | null;
            escalations: components["schemas"]["EscalationRecordDto"][];
            fieldFacts: components["schemas"]["FieldFactsDto"];
            /** @description D, first centralized handover day */
            firstHandoverDate: string;
            id: string;
            leadUserId: string;
            milestones: components["schemas"]["MilestoneViewDto"][];
            name: string;
            phases: components["schemas"]["PhaseViewDto"][];
            planHistory: components["schemas"]["PlanHistoryEntryDto"][];
            planVersion: number;
            postponements: components["schemas"]["PostponementRequestDto"][];
            /** @enum {string} */
            status: "launching" | "active" | "completed";
            /**
             * @description where the timeline came from: the workflow (live), the launch itself, the mirrored snapshot, or nothing yet
             * @enum {string}
             */
            timelineSource: "live" | "launch" | "read-model" | "none";
            timeZone: string;
            /** @description name of every user id the detail mentions (approvers, rejecters, who requested or decided a change) */
            userNames: {
                [key: string]: string;
            };
            workflowId: string;
        };
        ProjectPageDto: {
            items: components["schemas"]["ProjectSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ProjectSummaryDto: {
            atRisk: boolean;
            batch: string;
            centralizedDays: number;
            cityCompany: string;
            /** @description 城市公司负责人, the escalation ladder reaches before HQ */
            cityResponsibleUserId: string | null;
            createdAt: string;
            currentPhase?: string | null;
            /** @description D, first centralized handover day */
            firstHandoverDate: string;
            id: string;
            leadUserId: string;
            name: string;
            /** @enum {string} */
            status: "launching" | "active" | "completed";
            timeZone: string;
            workflowId: string;
        };
        PromoteDefectAlertDto: {
            /**
             * @description by default: common_quality_problem (常见质量问题)
             * @enum {string}
             */
            kind?: "design_defect" | "common_quality_problem" | "typical_complaint";
            /** @description by default: the window and the count */
            summary?: string;
            /** @description by default: the trade */
            tags?: string[];
            /** @description by default: the building, trade and category */
            title?: string;
        };
        ProposeVisitWindowDto: {
            /**
             * @description until
             * @example 2027-03-02T12:00:00+08:00
             */
            endsAt: string;
            /**
             * @description the window the owner is at home from
             * @example 2027-03-02T09:00:00+08:00
             */
            startsAt: string;
        };
        PutBriefingWebhooksDto: {
            /**
             * @description local time of the evening briefing (default 20:00)
             * @example 20:00
             */
            briefingTime?: string;
            webhooks: components["schemas"]["RobotWebhookDto"][];
        };
        PutContactsDto: {
            /**
             * @description 钉钉 userid
             * @example manager4220
             */
            dingtalkUserId?: string | null;
            /** @example wang.jingli@example.com */
            email?: string | null;
            /**
             * @default zh-CN
             * @enum {string}
             */
            language: "zh-CN" | "en";
            /** @example 13800138000 */
            mobile?: string | null;
            preferences?: components["schemas"]["ChannelPreferencesDto"];
            /** @description 免打扰时段; equal start and end: none */
            quietHours?: components["schemas"]["QuietHoursDto"];
            /**
             * @default Asia/Shanghai
             * @example Asia/Shanghai
             */
            timeZone: string;
            /**
             * @description 企业微信 userid
             * @example WangJingLi
             */
            wecomUserId?: string | null;
        };
        PutFeeSettingsDto: {
            /**
             * @description 契税 rate in basis points of the contract price (150 = 1.5 %)
             * @example 150
             */
            deedTaxRateBp: number;
            /**
             * @description 公共维修基金, yuan per m²
             * @example 45.00
             */
            maintenanceFundPerSqm: string;
            /**
             * @description months of property fee collected in advance
             * @default 3
             */
            prepaidMonths: number;
            /**
             * @description 物业费, yuan per m² per month
             * @example 3.50
             */
            propertyFeePerSqmMonth: string;
            /**
             * @description area-difference threshold of the sales contract, bp of the contracted area
             * @default 300
             */
            refundThresholdBp: number;
        };
        PutHandoverNoticeDto: {
            /**
             * @description 携带材料: each item at most 100 characters, at most 20 items
             * @example [
             *       "购房合同原件",
             *       "业主身份证原件",
             *       "交付通知书"
             *     ]
             */
            bringItems: string[];
            /**
             * @description 交付地点
             * @example 3号楼一层交付中心
             */
            place: string;
        };
        PutOwnerMessagePreferencesDto: {
            bookingReminder?: boolean;
            handoverNotice?: boolean;
            objectionReply?: boolean;
            repairVisit?: boolean;
        };
        PutWarrantyPeriodsDto: {
            /** @description the components to set; others keep theirs */
            periods: components["schemas"]["WarrantyPeriodDto"][];
        };
        QuietHoursDto: {
            /**
             * @description local 'HH:mm'; before start wraps past midnight
             * @example 08:00
             */
            end: string;
            /**
             * @description local 'HH:mm'
             * @example 21:00
             */
            start: string;
        };
        RaiseObjectionDto: {
            description: string;
            /**
             * @description committed reply time
             * @example 2027-03-17T18:00:00+08:00
             */
            replyDueAt?: string;
        };
        RaiseOwnerObjectionDto: {
            description: string;
            /** @description what it is about, in a line */
            subject: string;
        };
        RateOwnerWarrantyRequestDto: {
            comment?: string;
            /** @description stars for the repair */
            rating: number;
        };
        RecordGiftDto: {
            /**
             * @description leave out when there is no gift
             * @example 定制保温杯
             */
            gift?: string;
            note?: string;
        };
        RefuseHandoverDto: {
            reason: string;
        };
        RegisterKeysDto: {
            /**
             * @description property: registered after the property transfer
             * @default contractor
             * @enum {string}
             */
            holder: "contractor" | "property";
            keys: components["schemas"]["NewKeyDto"][];
            /** @description the unit the keys open; leave out for public rooms (equipment room, management room, ...) */
            unitId?: string;
        };
        RejectionRecordDto: {
            /** @description ISO instant */
            at: string;
            /** @enum {string} */
            party: "engineering" | "design" | "sales" | "customer_service" | "property" | "finance" | "cost" | "project_lead" | "hq";
            reason: string;
            userId: string;
        };
        RejectMilestoneDto: {
            /** @enum {string} */
            party?: "engineering" | "design" | "sales" | "customer_service" | "property" | "finance" | "cost" | "project_lead" | "hq";
            reason: string;
        };
        ReopenDefectDto: {
            /** @description why verification failed (退回整改原因) */
            reason: string;
        };
        RepairedDto: {
            /** @description what was repaired */
            note?: string;
        };
        ReplyComplaintDto: {
            content: string;
            /** @description when the reply was given; now when omitted */
            repliedAt?: string;
        };
        ReplyToOwnerDto: {
            /** @description the decision or solution given to the owner (答复业主) */
            reply: string;
        };
        ReportingStartedDto: {
            /** @description false when the reporting workflow was already running */
            started: boolean;
            /** @example reporting-… */
            workflowId: string;
        };
        RequestPostponementDto: {
            /** @example 2027-03-15 */
            newFirstHandoverDate: string;
            reason: string;
        };
        RequestSignInCodeDto: {
            /**
             * @description 中国大陆手机号: 11 digits starting with 1
             * @example 13900000001
             */
            phone: string;
        };
        ReschedulePreviewDto: {
            /** @description open milestones due within the reminder window */
            atRisk: string[];
            changes: components["schemas"]["DueDateChangeDto"][];
            /** @description open milestones whose new due date has passed */
            late: string[];
            plan: components["schemas"]["HandoverPlanDto"];
            problems: components["schemas"]["PlanProblemDto"][];
            remindersToFire: components["schemas"]["PlannedNotificationDto"][];
        };
        ResolveObjectionDto: {
            /** @description the reply or solution agreed with the owner */
            resolution?: string;
        };
        ReturnEntrustedKeyDto: {
            /** @example WT-2027-0031 */
            letterNo: string;
            note?: string;
        };
        ReturnKeyDto: {
            note?: string;
        };
        RiskAreaDto: {
            /** @enum {string} */
            area: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H";
            checklist: string;
            items: number;
            title: string;
            undecided: number;
        };
        RiskItemDto: {
            /** @enum {string} */
            area: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H";
            compensationPlan: string | null;
            createdAt: string;
            deadline: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
            /** @enum {string|null} */
            decision: "rectify" | "cannot_rectify" | null;
            /** @enum {string} */
            department: "engineering" | "design" | "sales" | "customer_service" | "property" | "finance" | "cost";
            description: string;
            id: string;
            owner: string | null;
            plan: string | null;
            projectId: string;
            unifiedExplanation: string | null;
        };
        RiskItemPageDto: {
            items: components["schemas"]["RiskItemDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        RiskRegisterDto: {
            areas: components["schemas"]["RiskAreaDto"][];
            projectId: string;
            undecided: number;
        };
        RobotTestOutcomeDto: {
            /** @description the robot accepted the message (errcode 0) */
            delivered: boolean;
            /** @description what the robot or the network said, in English */
            detail: string | null;
            /** @description the errcode the robot answered (e.g. 93000 invalid key) */
            errcode: number | null;
            /** @enum {string} */
            kind: "wecom" | "dingtalk";
            /**
             * @description null when delivered; target_refused: the URL policy forbids it; unreachable: no answer; http_error: a non-2xx status; robot_refused: the robot answered an errcode; bad_answer: not JSON
             * @enum {string|null}
             */
            reason: "target_refused" | "unreachable" | "http_error" | "robot_refused" | "bad_answer" | null;
            /** @description the key is masked */
            url: string;
            webhookId: string;
        };
        RobotTestResultDto: {
            results: components["schemas"]["RobotTestOutcomeDto"][];
        };
        RobotWebhookDto: {
            /**
             * @description wecom: 企业微信群机器人; dingtalk: 钉钉群机器人
             * @enum {string}
             */
            kind: "wecom" | "dingtalk";
            /**
             * @description https; plain http only for localhost / 127.0.0.1
             * @example https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…
             */
            url: string;
        };
        RobotWebhookViewDto: {
            id: string;
            /** @enum {string} */
            kind: "wecom" | "dingtalk";
            /**
             * @description the key is masked
             * @example https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…ab12
             */
            url: string;
        };
        RollupDto: {
            /** @description the projects whose handover date is at risk */
            atRisk: components["schemas"]["RollupRowDto"][];
            /** @example 2026-06-11 */
            date: string;
            /** @description one row per active project */
            rows: components["schemas"]["RollupRowDto"][];
        };
        RollupRowDto: {
            atRisk: boolean;
            batch: string;
            /** @description 城市公司 */
            cityCompany: string;
            /** @example D+1 */
            day: string;
            figures: components["schemas"]["BriefingFiguresDto"];
            /** @description D, the first centralized handover day */
            firstHandoverDate: string;
            /** @example 21.7% */
            handoverRate: string;
            name: string;
            /** @description current phase of the timeline */
            phase: string | null;
            projectId: string;
            refunded: components["schemas"]["MoneyDto"];
            settled: components["schemas"]["MoneyDto"];
            /** @description 关键触点; null in the at-risk list */
            touchPoints: components["schemas"]["TouchPointMeasuresDto"] | null;
        };
        ScheduleWarrantyVisitDto: {
            /**
             * Format: uuid
             * @description the contractor company they come for, one of the project’s
             */
            contractorCompanyId?: string;
            /**
             * @description the window closes (after startsAt, ≤ 12 h)
             * @example 2027-03-02T16:00:00+08:00
             */
            endsAt: string;
            /**
             * Format: uuid
             * @description the key entrustment letter (钥匙委托书) of the unit's key in the key ledger; only with ownerLeavesKey
             */
            keyEntrustmentId?: string;
            note?: string;
            /** @description the owner will not be home and leaves a key with the property company */
            ownerLeavesKey: boolean;
            /**
             * @description the window opens (must lie ahead)
             * @example 2027-03-02T14:00:00+08:00
             */
            startsAt: string;
            /**
             * @description the technician who comes (维修人员)
             * @example 王师傅
             */
            technician: string;
        };
        ScorecardDto: {
            rows: components["schemas"]["ScorecardRowDto"][];
        };
        ScorecardRowDto: {
            companyId: string;
            companyKind: string;
            companyName: string;
            /** @description disputes ruled on */
            disputesRuled: number;
            /** @description disputes upheld */
            disputesUpheld: number;
            /** @description verified without being reopened */
            firstTimePass: number;
            /** @description firstTimePass / verified */
            firstTimePassRate: number | null;
            /** @description mean hours from assignment to fixed */
            meanHoursToFix: number | null;
            /** @description deadline running and passed */
            overdue: number;
            /** @description overdue / running */
            overdueRate: number | null;
            /** @description 90th percentile of the hours to fix */
            p90HoursToFix: number | null;
            /** @description defects assigned to the company */
            received: number;
            /** @description deadline running */
            running: number;
            /** @description 专业 */
            trade: string;
            verified: number;
        };
        SetCityResponsibleDto: {
            /** @description 城市公司负责人 (a user id); null clears it */
            userId: string | null;
        };
        SignDocumentDto: {
            /**
             * @description 验房单 (inspection_record) or 收楼确认书 (handover_confirmation)
             * @enum {string}
             */
            document: "inspection_record" | "handover_confirmation";
            /** @description the signature drawn on the phone: a PNG as a data URL (data:image/png;base64,…) or base64, ≤ 256 KB */
            signaturePng: string;
        };
        SignedDocumentDto: {
            /** @description SHA-256 (hex) of what was signed: the content snapshot and the signature; printed on the page */
            contentSha256: string;
            /** @enum {string} */
            document: "inspection_record" | "handover_confirmation";
            pdfBytes: number;
            /** @description SHA-256 (hex) of the PDF; the download has the same bytes */
            pdfSha256: string;
            /** Format: date-time */
            signedAt: string;
        };
        SignedDocumentListDto: {
            items: components["schemas"]["SignedDocumentDto"][];
        };
        SignInCodeRequestedDto: {
            /**
             * @description how long a code lasts, in seconds
             * @example 300
             */
            expiresInSeconds: number;
            /** @enum {string} */
            status: "accepted";
        };
        SmsOutboxMessageDto: {
            createdAt: string;
            error?: string | null;
            id: string;
            /**
             * @example {
             *       "code": "012345",
             *       "minutes": 5
             *     }
             */
            params: {
                [key: string]: string | number;
            };
            /** @enum {string} */
            provider: "outbox" | "aliyun" | "tencent";
            /** @enum {string} */
            status: "held" | "sent" | "failed";
            /** @enum {string} */
            template: "owner_sign_in_code" | "handover_notice" | "booking_reminder" | "objection_reply" | "repair_visit";
            /** @example 139****0001 */
            toMasked: string;
        };
        SmsOutboxPageDto: {
            items: components["schemas"]["SmsOutboxMessageDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StepNoteDto: {
            note?: string;
        };
        SummaryNarrativeDto: {
            /** @description 关注重点 — focus points */
            focusPoints: string;
            /** @description 经验教训 — lessons learned */
            lessonsLearned: string;
            /** @description 建议 — recommendations */
            recommendations: string;
        };
        SummarySectionsDto: {
            /** @description 实际交付数据: units handed over, rate, per centralized day, payments, inspection */
            actualHandoverFigures: {
                [key: string]: unknown;
            };
            /** @description 批次概况: project, batch, D, units, buildings, areas */
            batchOverview: {
                [key: string]: unknown;
            };
            /** @description 业主反馈: complaints, objections, refusals, satisfaction survey analysis */
            ownerFeedback: {
                [key: string]: unknown;
            };
            /** @description 前期准备: milestones, risk self-check, pre-handover defects, key ledger */
            preparation: {
                [key: string]: unknown;
            };
            /** @description 集中维修数据及保修安排: defects at/after handover, by trade, warranty commitments */
            repairDataAndWarranty: {
                [key: string]: unknown;
            };
        };
        SurveyAnalysisDto: {
            dimensions: components["schemas"]["SurveyDimensionAnalysisDto"][];
            /** @description 关键体验: the most negative weighted gap; null if none falls short */
            keyExperience: components["schemas"]["SurveyKeyExperienceDto"] | null;
            /** @description owners who answered */
            responses: number;
            scale: components["schemas"]["SurveyScaleDto"];
        };
        SurveyAnswerDto: {
            dimensionId: string;
            /**
             * @description 期望: what the owner expected
             * @example 8
             */
            expectation: number;
            /**
             * @description 体验: what the owner experienced
             * @example 8
             */
            experience: number;
            /**
             * @description 重要性: how much this matters to the owner
             * @example 8
             */
            importance: number;
        };
        SurveyDimensionAnalysisDto: {
            dimensionId: string;
            exact: components["schemas"]["SurveyExactDto"] | null;
            /**
             * @description experience − expectation (满意度)
             * @example -2.00
             */
            gap: string | null;
            /** @example 8.00 */
            meanExpectation: string | null;
            /** @example 6.00 */
            meanExperience: string | null;
            /** @example 8.50 */
            meanImportance: string | null;
            name: string;
            /** @description 1 = most negative weighted gap */
            rank: number | null;
            responses: number;
            /**
             * @description importance × gap
             * @example -17.00
             */
            weightedGap: string | null;
        };
        SurveyDimensionDto: {
            id: string;
            name: string;
            /** @description display order */
            position: number;
        };
        SurveyDimensionListDto: {
            items: components["schemas"]["SurveyDimensionDto"][];
            /** @description responses recorded so far; dimensions are fixed once the first one is in */
            responses: number;
        };
        SurveyExactDto: {
            /** @example -5/4 */
            gap: string;
            /** @example -65/8 */
            weightedGap: string;
        };
        SurveyKeyExperienceDto: {
            dimensionId: string;
            gap: string;
            meanImportance: string;
            name: string;
            weightedGap: string;
        };
        SurveyResponseDto: {
            answers: components["schemas"]["SurveyAnswerDto"][];
            createdAt: string;
            id: string;
            projectId: string;
            unitId: string;
        };
        SurveyScaleDto: {
            max: number;
            min: number;
        };
        TestBriefingWebhooksDto: {
            /** @description one robot of the project (its id in GET briefing-webhooks) */
            webhookId?: string;
        };
        TouchPointMeasuresDto: {
            /** @description active handover bookings whose slot has ended */
            bookingsPast: number;
            /** @description unitsBooked / totalUnits, basis points */
            bookingUseBp: number;
            /** @description of defectsFixed, verified by the owner (an owner audit entry) */
            defectsConfirmedByOwner: number;
            /** @description defects fixed */
            defectsFixed: number;
            /** @description of bookingsPast, the units not checked in before the slot ended (爽约) */
            noShows: number;
            /** @description median hours from objection to its answer */
            objectionReplyHoursP50: number | null;
            /** @description 90th percentile hours from objection to its answer */
            objectionReplyHoursP90: number | null;
            /** @description objections answered (objected → objection_resolved) */
            objectionsReplied: number;
            /** @description basis points; null when none was fixed */
            ownerConfirmedBp: number | null;
            /** @description average rating × 100 (1–5 scale); null when none */
            repairRatingCenti: number | null;
            /** @description warranty repairs rated by the owner */
            repairsRated: number;
            totalUnits: number;
            /** @description units with an active handover booking */
            unitsBooked: number;
        };
        TransferKeysDto: {
            /** @description keys now with the contractor, up to 500 at a time */
            keyIds: string[];
        };
        UnitDefectSummaryDto: {
            assigned: number;
            /** @description non-quality items still waiting for a reply to the owner */
            awaitingOwnerReply: number;
            building: string;
            cannotFix: number;
            fixed: number;
            nonQuality: number;
            open: number;
            quality: number;
            room: string;
            total: number;
            unitId: string;
            unitNo: string;
            verified: number;
        };
        UnitDefectSummaryPageDto: {
            items: components["schemas"]["UnitDefectSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UnitDetailDto: {
            /** @description 楼栋 */
            building: string;
            /**
             * @description 合同面积 in m²
             * @example 89.57
             */
            contractedArea: string;
            /**
             * @description 合同面积 in m² × 100
             * @example 8957
             */
            contractedAreaCenti: number;
            createdAt: string;
            /**
             * @description 精装 or 毛坯
             * @enum {string}
             */
            fitOut: "fitted" | "shell";
            /** @enum {string} */
            handoverState: "not_started" | "checked_in" | "area_settled" | "fees_paid" | "inspected" | "keys_handed_over" | "documents_handed_over" | "gift_recorded" | "handed_over" | "refused" | "objected";
            id: string;
            /** @description 业主姓名 */
            ownerName: string;
            /** @description 业主电话 */
            ownerPhone: string;
            /**
             * @description 单价 in fen per m²
             * @example 2500050
             */
            priceFenPerSqm: number;
            /**
             * @description 单价 in yuan per m²
             * @example 25,000.50
             */
            pricePerSqm: string;
            projectId: string;
            /** @description 房号 */
            room: string;
            /**
             * @description 实测面积 in m²
             * @example 89.12
             */
            surveyedArea: string;
            /**
             * @description 实测面积 in m² × 100
             * @example 8912
             */
            surveyedAreaCenti: number;
            /** @description 单元 */
            unit: string;
            updatedAt: string;
        };
        UnitDuesDto: {
            /** @description receiptNo is always null here; see payments */
            areaDifference: components["schemas"]["AreaDifferenceDto"];
            /** @description due − paid */
            balance: components["schemas"]["MoneyDto"];
            /** @description area difference + fees */
            due: components["schemas"]["MoneyDto"];
            /** @description null while the project has no fee settings; receipt numbers are null here */
            fees?: components["schemas"]["FeesDto"] | null;
            /** @description sum of the payments recorded */
            paid: components["schemas"]["MoneyDto"];
            unitId: string;
        };
        UnitFileImportResultDto: {
            /**
             * @description how a CSV file was decoded (gb18030 covers GBK and GB2312); null for .xlsx
             * @enum {string|null}
             */
            encoding: "utf-8" | "utf-8-bom" | "gb18030" | null;
            /**
             * @description what the file was, read from its bytes (not its name)
             * @enum {string}
             */
            format: "xlsx" | "csv";
            /** @example 3000 */
            imported: number;
        };
        UnitGridCellDto: {
            /** @description 楼栋 */
            building: string;
            /** @description 楼层 read from the room number (1201 → 12); null when the room number does not show it */
            floor: number | null;
            id: string;
            /** @description 房号 */
            room: string;
            /** @enum {string} */
            state: "not_started" | "checked_in" | "area_settled" | "fees_paid" | "inspected" | "keys_handed_over" | "documents_handed_over" | "gift_recorded" | "handed_over" | "refused" | "objected";
            /** @description 单元 */
            unit: string;
        };
        UnitGridDto: {
            units: components["schemas"]["UnitGridCellDto"][];
        };
        UnitHandoverDetailDto: {
            /** @description 楼栋 */
            building: string;
            /** @description oldest first */
            history: components["schemas"]["HandoverEventDto"][];
            inspectionItems: components["schemas"]["InspectionItemDto"][];
            keys: components["schemas"]["KeyDto"][];
            /**
             * @description null after handover or refusal, and while an objection is open
             * @enum {string|null}
             */
            nextStep?: "checked_in" | "area_settled" | "fees_paid" | "inspected" | "keys_handed_over" | "documents_handed_over" | "gift_recorded" | "handed_over" | null;
            nextStepLabel?: components["schemas"]["LabelDto"] | null;
            payments: components["schemas"]["PaymentDto"][];
            /** @description sum of the payments: positive collected, negative refunded */
            paymentsTotal: components["schemas"]["MoneyDto"];
            projectId: string;
            /**
             * @description while an objection is open: where the flow resumes
             * @enum {string|null}
             */
            resumeFrom?: "checked_in" | "area_settled" | "fees_paid" | "inspected" | "keys_handed_over" | "documents_handed_over" | "gift_recorded" | "handed_over" | null;
            /** @description 房号 */
            room: string;
            /** @enum {string} */
            state: "not_started" | "checked_in" | "area_settled" | "fees_paid" | "inspected" | "keys_handed_over" | "documents_handed_over" | "gift_recorded" | "handed_over" | "refused" | "objected";
            stateLabel: components["schemas"]["LabelDto"];
            unitId: string;
            /** @description 单元 */
            unitNo: string;
        };
        UnitHandoverStepResultDto: {
            areaDifference?: components["schemas"]["AreaDifferenceDto"];
            event: components["schemas"]["HandoverEventDto"];
            fees?: components["schemas"]["FeesDto"];
            inspection?: components["schemas"]["InspectionResultDto"];
            /** @description hand-over-keys: the keys now with the owner */
            keys?: components["schemas"]["KeyDto"][];
            unit: components["schemas"]["UnitHandoverViewDto"];
        };
        UnitHandoverViewDto: {
            /** @description 楼栋 */
            building: string;
            /**
             * @description null after handover or refusal, and while an objection is open
             * @enum {string|null}
             */
            nextStep?: "checked_in" | "area_settled" | "fees_paid" | "inspected" | "keys_handed_over" | "documents_handed_over" | "gift_recorded" | "handed_over" | null;
            nextStepLabel?: components["schemas"]["LabelDto"] | null;
            projectId: string;
            /**
             * @description while an objection is open: where the flow resumes
             * @enum {string|null}
             */
            resumeFrom?: "checked_in" | "area_settled" | "fees_paid" | "inspected" | "keys_handed_over" | "documents_handed_over" | "gift_recorded" | "handed_over" | null;
            /** @description 房号 */
            room: string;
            /** @enum {string} */
            state: "not_started" | "checked_in" | "area_settled" | "fees_paid" | "inspected" | "keys_handed_over" | "documents_handed_over" | "gift_recorded" | "handed_over" | "refused" | "objected";
            stateLabel: components["schemas"]["LabelDto"];
            unitId: string;
            /** @description 单元 */
            unitNo: string;
        };
        UnitImportProblemDto: {
            /**
             * @description the problem as a code of the error catalogue (UNIT_CSV_…); the console words it from code and params
             * @example UNIT_CSV_PHONE_INVALID
             */
            code: string;
            /**
             * @description null when the whole row or file is concerned
             * @example ownerPhone
             */
            column?: string | null;
            /**
             * @description the values the sentence names
             * @example {
             *       "column": "ownerPhone"
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /**
             * @description the problem in the caller's language (Accept-Language)
             * @example The owner phone is not a mainland mobile number (11 digits, 13…–19…) or a landline with area code such as 0571-88886666.
             */
            problem: string;
            /**
             * @description spreadsheet row number; the header is row 1
             * @example 7
             */
            row: number;
        };
        UnitImportRejectionDto: {
            /** @enum {string} */
            code: "UNIT_IMPORT_REJECTED";
            /** @example Bad Request */
            error: string;
            errors: components["schemas"]["UnitImportProblemDto"][];
            message: string;
            /**
             * @description problems: how many; rows: in how many rows; shown: how many are listed when not all (else 0)
             * @example {
             *       "problems": 2,
             *       "rows": 1,
             *       "shown": 0
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /** @example 400 */
            statusCode: number;
        };
        UnitImportResultDto: {
            /** @example 3000 */
            imported: number;
        };
        UnitPageDto: {
            items: components["schemas"]["UnitSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UnitSummaryDto: {
            /** @description 楼栋 */
            building: string;
            /**
             * @description 合同面积 in m² × 100
             * @example 8957
             */
            contractedAreaCenti: number;
            /**
             * @description 精装 or 毛坯
             * @enum {string}
             */
            fitOut: "fitted" | "shell";
            /** @enum {string} */
            handoverState: "not_started" | "checked_in" | "area_settled" | "fees_paid" | "inspected" | "keys_handed_over" | "documents_handed_over" | "gift_recorded" | "handed_over" | "refused" | "objected";
            id: string;
            /** @description 业主姓名 */
            ownerName: string;
            /** @example 138****1234 */
            ownerPhoneMasked: string;
            /**
             * @description 单价 in fen per m²
             * @example 2500050
             */
            priceFenPerSqm: number;
            projectId: string;
            /** @description 房号 */
            room: string;
            /**
             * @description 实测面积 in m² × 100
             * @example 8912
             */
            surveyedAreaCenti: number;
            /** @description 单元 */
            unit: string;
        };
        UserPageDto: {
            items: components["schemas"]["UserResponseDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UserResponseDto: {
            department?: string | null;
            id: string;
            name: string;
            role: string;
        };
        UserWithTokenResponseDto: {
            department?: string | null;
            id: string;
            name: string;
            role: string;
            /** @description bearer token for this user */
            token: string;
        };
        WarrantyCallBackDto: {
            closedAt: string | null;
            closeNote: string | null;
            /** @enum {string|null} */
            closeReason: "confirmation_recorded" | "closed_by_customer_service" | null;
            component: string;
            createdAt: string;
            description: string;
            doneAt: string;
            /** @description done + 24 h */
            dueAt: string;
            id: string;
            ownerName: string;
            technician: string;
            ticketId: string;
            /** @example 1-1-101 */
            unitAddress: string;
            unitId: string;
            visitId: string;
        };
        WarrantyCallBackPageDto: {
            items: components["schemas"]["WarrantyCallBackDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WarrantyOwnerProposedWindowDto: {
            /** @example 2027-03-02T04:00:00.000Z */
            endsAt: string;
            id: string;
            /** @description when the owner proposed it */
            proposedAt: string;
            /** @example 2027-03-02T01:00:00.000Z */
            startsAt: string;
        };
        WarrantyPeriodDto: {
            /** @enum {string} */
            component: "roof_waterproofing" | "wet_room_waterproofing" | "exterior_wall_leakage" | "heating_cooling" | "electrical" | "water_drainage_pipes" | "equipment_installation" | "decoration";
            years: number;
        };
        WarrantyPeriodRowDto: {
            /** @enum {string} */
            component: "roof_waterproofing" | "wet_room_waterproofing" | "exterior_wall_leakage" | "heating_cooling" | "electrical" | "water_drainage_pipes" | "equipment_installation" | "decoration";
            /** @description the statutory minimum */
            statutoryYears: number;
            /** @description the period in force: the statute or the longer period the project set */
            years: number;
        };
        WarrantyPeriodsDto: {
            periods: components["schemas"]["WarrantyPeriodRowDto"][];
        };
        WarrantyTicketDto: {
            /** @enum {string} */
            component: "roof_waterproofing" | "wet_room_waterproofing" | "exterior_wall_leakage" | "heating_cooling" | "electrical" | "water_drainage_pipes" | "equipment_installation" | "decoration";
            confirmedAt: string | null;
            /**
             * @description the last day the period covers
             * @example 2029-03-10
             */
            coveredUntil: string;
            createdAt: string;
            defectId: string | null;
            description: string;
            /** @example 2027-03-10 */
            handedOverOn: string;
            id: string;
            /** @description repaired over 24 h ago and not confirmed: call the owner back */
            needsCallBack: boolean;
            ownerName: string;
            projectId: string;
            rating: number | null;
            repairedAt: string | null;
            repairNote: string | null;
            reportedAt: string;
            /** @enum {string} */
            source: "handover_defect" | "owner_call";
            /** @enum {string} */
            status: "reported" | "visit_booked" | "repaired" | "closed";
            /** @example 1-1-101 */
            unitAddress: string;
            unitId: string;
            visitAt: string | null;
            visitNote: string | null;
            warrantyYears: number;
        };
        WarrantyTicketPageDto: {
            items: components["schemas"]["WarrantyTicketDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WarrantyVisitConfirmationDto: {
            /** @description not fixed: what is still wrong (required) */
            note?: string;
            /** @enum {string} */
            outcome: "confirmed" | "not_fixed";
            /** @description confirmed: the owner's rating of the repair */
            rating?: number;
        };
        WarrantyVisitDoneDto: {
            /** @description what was repaired */
            note?: string;
        };
        WarrantyVisitDto: {
            cancelledAt: string | null;
            cancelReason: string | null;
            /** @enum {string|null} */
            confirmation: "confirmed" | "not_fixed" | null;
            confirmationNote: string | null;
            confirmedAt: string | null;
            contractorCompanyId: string | null;
            contractorCompanyName: string | null;
            createdAt: string;
            doneAt: string | null;
            doneNote: string | null;
            endsAt: string;
            id: string;
            keyEntrustment: components["schemas"]["KeyEntrustmentRefDto"] | null;
            note: string | null;
            /** @description the open call-back task of this visit, if any */
            openCallBackId: string | null;
            ownerLeavesKey: boolean;
            rating: number | null;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "done" | "cancelled";
            technician: string;
            ticketId: string;
        };
        WarrantyVisitListDto: {
            items: components["schemas"]["WarrantyVisitDto"][];
            /** @description the windows the owner proposed, the earliest first, past ones included (the console marks them) */
            ownerProposedWindows: components["schemas"]["WarrantyOwnerProposedWindowDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ApprovalsController_inbox: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPageDto"];
                };
            };
        };
    };
    CasesController_search: {
        parameters: {
            query?: {
                kind?: "design_defect" | "common_quality_problem" | "typical_complaint";
                page?: number;
                pageSize?: number;
                /** @description cases from this project only */
                projectId?: string;
                /** @description words in the title or summary (case-insensitive) */
                q?: string;
                /** @description cases carrying this tag */
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageDto"];
                };
            };
        };
    };
    CasesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description the record is already a case */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
        };
    };
    ContractorsController_listCompanies: {
        parameters: {
            query?: {
                kind?: "general_contractor" | "waterproofing" | "doors_windows" | "plumbing" | "electrical" | "decoration" | "civil" | "hvac" | "elevator" | "landscaping" | "other";
                page?: number;
                pageSize?: number;
                /** @description part of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractorCompanyPageDto"];
                };
            };
        };
    };
    ContractorsController_createCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContractorCompanyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractorCompanyDto"];
                };
            };
            /** @description CONTRACTOR_COMPANY_NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EscalationsController_list: {
        parameters: {
            query?: {
                kind?: "milestone_overdue" | "handover_date_at_risk" | "defect_overdue" | "complaint_overdue" | "major_complaint";
                page?: number;
                pageSize?: number;
                projectId?: string;
                /** @description open: its gate, record or at-risk date still needs attention */
                state?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPageDto"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HqController_board: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardDto"];
                };
            };
        };
    };
    DefectReportsController_portfolioScorecards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorecardDto"];
                };
            };
        };
    };
    DefectReportsController_portfolioScorecardsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the portfolio scorecard as a workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HqController_decisions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingDecisionListDto"];
                };
            };
        };
    };
    HqController_handoverRate: {
        parameters: {
            query: {
                /** @description only the projects of this city company (城市公司) */
                cityCompany?: string;
                /** @description first local date, inclusive */
                from: string;
                /** @description last local date, inclusive; at most 92 days after from */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverRateDto"];
                };
            };
        };
    };
    HqController_rollup: {
        parameters: {
            query?: {
                /** @description the local date of every project; default today in the default time zone */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollupDto"];
                };
            };
        };
    };
    HqController_rollupMarkdown: {
        parameters: {
            query?: {
                /** @description the local date of every project; default today in the default time zone */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the roll-up table and the at-risk list in Markdown */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HqController_rollupXlsx: {
        parameters: {
            query?: {
                /** @description the local date of every project; default today in the default time zone */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description workbook with the sheets 汇总 and 风险项目 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_listDeliveries: {
        parameters: {
            query?: {
                channel?: "wecom" | "dingtalk" | "email";
                page?: number;
                pageSize?: number;
                status?: "pending" | "sent" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPageDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only the unread ones */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationCentrePageDto"];
                };
            };
        };
    };
    NotificationsController_read: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationCentreItemDto"];
                };
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationCentreReadAllDto"];
                };
            };
        };
    };
    OwnerMessagePreferencesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerMessagePreferencesDto"];
                };
            };
        };
    };
    OwnerMessagePreferencesController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutOwnerMessagePreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerMessagePreferencesDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAuthController_units: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerUnitListDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAuthController_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerUnitDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerHandoverController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerBookingListDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerHandoverController_book: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OwnerBookSlotDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentBookingDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SLOT_FULL, SLOT_ENDED, UNIT_ALREADY_BOOKED, APPOINTMENT_BOOKED_CONCURRENTLY, APPOINTMENT_UNIT_HANDED_OVER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerHandoverController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookingId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentBookingDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description BOOKING_ALREADY_CANCELLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerHandoverController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookingId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OwnerMoveBookingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentBookingDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SLOT_FULL, SLOT_ENDED, BOOKING_ALREADY_CANCELLED, BOOKING_MOVE_SAME_SLOT, BOOKING_MOVE_OTHER_KIND */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDefectsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerDefectPageDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDefectsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description 问题描述 */
                    description: string;
                    photos?: string[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerDefectDto"];
                };
            };
            /** @description PHOTO_NOT_AN_IMAGE (not a decodable JPEG, PNG or WebP), PHOTO_TOO_MANY_PIXELS, OWNER_DEFECT_TOO_MANY_PHOTOS (at most 6), VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_ISSUE_AFTER_HANDOVER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PHOTO_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDefectsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerDefectDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDefectsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerDefectDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_DEFECT_NOT_AWAITING_OWNER, DEFECT_OWNER_REPLY_REQUIRED (a non-quality item not yet answered) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDefectsController_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                photoId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the photo in its stored type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                    "image/webp": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                    "image/webp": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDefectsController_refuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    photos?: string[];
                    /** @description 未整改的原因 */
                    reason: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerDefectDto"];
                };
            };
            /** @description OWNER_DEFECT_REFUSAL_PHOTO_REQUIRED, PHOTO_NOT_AN_IMAGE (not a decodable JPEG, PNG or WebP), PHOTO_TOO_MANY_PIXELS, OWNER_DEFECT_TOO_MANY_PHOTOS (at most 6), VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_DEFECT_NOT_AWAITING_OWNER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PHOTO_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDocumentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedDocumentListDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDocumentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDocumentsController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerDocumentDraftDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SIGNATURE_NOT_YET, OWNER_SIGNATURE_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerHandoverController_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerHandoverNoticeDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDefectsController_objections: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerObjectionPageDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDefectsController_raiseObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseOwnerObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerObjectionDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerDocumentsController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignDocumentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedDocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, OWNER_SIGNATURE_BAD_IMAGE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SIGNATURE_NOT_YET, OWNER_SIGNATURE_CLOSED, OWNER_SIGNATURE_ALREADY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerHandoverController_slots: {
        parameters: {
            query?: {
                /** @description open_day: 业主开放日; handover: 交付 */
                kind?: "open_day" | "handover";
            };
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerSlotListDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAfterHandoverController_getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerSurveyDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAfterHandoverController_answerSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OwnerSurveyAnswerBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerSurveyResponseDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SURVEY_ALREADY_ANSWERED, SURVEY_NO_DIMENSIONS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAfterHandoverController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerWarrantyOverviewDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAfterHandoverController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOwnerWarrantyRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerWarrantyRequestDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description WARRANTY_REQUEST_NOT_HANDED_OVER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAfterHandoverController_addPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerWarrantyPhotoDto"];
                };
            };
            /** @description PHOTO_FILE_MISSING, PHOTO_NOT_AN_IMAGE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PHOTO_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAfterHandoverController_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                photoId: string;
                ticketId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the photo in its stored type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                    "image/webp": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                    "image/webp": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAfterHandoverController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateOwnerWarrantyRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerWarrantyRequestDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description WARRANTY_REQUEST_NOT_REPAIRED, WARRANTY_REQUEST_ALREADY_RATED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAfterHandoverController_proposeWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeVisitWindowDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerWarrantyRequestDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description WARRANTY_REQUEST_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAfterHandoverController_acceptVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
                unitId: string;
                visitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerWarrantyRequestDto"];
                };
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description WARRANTY_VISIT_NOT_PROPOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAuthController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OwnerSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerSessionDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SIGN_IN_REFUSED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SIGN_IN_TOO_MANY */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAuthController_requestCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestSignInCodeDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInCodeRequestedDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OWNER_SIGN_IN_TOO_MANY */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OwnerAuthController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description OWNER_SESSION_REQUIRED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProjectsController_list: {
        parameters: {
            query?: {
                atRisk?: boolean;
                cityCompany?: string;
                /** @description D on or after this date */
                from?: string;
                page?: number;
                pageSize?: number;
                phase?: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "handoverPreparation" | "centralizedHandover" | "scatteredHandover" | "summary";
                status?: "launching" | "active" | "completed";
                /** @description D on or before this date */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPageDto"];
                };
            };
        };
    };
    ProjectsController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchProjectDto"];
            };
        };
        responses: {
            /** @description 201 when created, 200 when the same launch was already done */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetailDto"];
                };
            };
        };
    };
    ProjectsController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetailDto"];
                };
            };
        };
    };
    AppointmentsController_listSlots: {
        parameters: {
            query?: {
                /** @description slots starting at or after this instant */
                from?: string;
                kind?: "open_day" | "handover";
                page?: number;
                pageSize?: number;
                /** @description slots starting before this instant */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentSlotPageDto"];
                };
            };
        };
    };
    AppointmentsController_createSlot: {
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
                "application/json": components["schemas"]["CreateAppointmentSlotDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentSlotDto"];
                };
            };
        };
    };
    AppointmentsController_book: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookAppointmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentBookingDto"];
                };
            };
            /** @description the slot is full or over, or the unit already has an active booking of this kind */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProjectsController_staff: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectAssignmentsDto"];
                };
            };
        };
    };
    ProjectsController_assign: {
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
                "application/json": components["schemas"]["AssignDepartmentHeadDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProjectsController_decideAtRisk: {
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
                "application/json": components["schemas"]["DecideAtRiskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetailDto"];
                };
            };
        };
    };
    AppointmentsController_listBookings: {
        parameters: {
            query?: {
                /** @description bookings whose slot starts on this calendar day in the project's time zone (YYYY-MM-DD) */
                date?: string;
                kind?: "open_day" | "handover";
                page?: number;
                pageSize?: number;
                /** @description part of the unit's address 楼栋-单元-房号, e.g. 3#-1-1201, 3-1-1201 or 1201 */
                q?: string;
                /** @description the bookings of one time slot */
                slotId?: string;
                status?: "booked" | "cancelled";
                /** @description the bookings of one unit (户) */
                unitId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingPageDto"];
                };
            };
            /** @description the project is not in scope, or slotId / unitId names none of its slots / units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AppointmentsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookingId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentBookingDto"];
                };
            };
            /** @description the booking is already cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BriefingsController_webhooks: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefingWebhooksDto"];
                };
            };
        };
    };
    BriefingsController_putWebhooks: {
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
                "application/json": components["schemas"]["PutBriefingWebhooksDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefingWebhooksDto"];
                };
            };
        };
    };
    BriefingsController_testWebhooks: {
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
                "application/json": components["schemas"]["TestBriefingWebhooksDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RobotTestResultDto"];
                };
            };
        };
    };
    BriefingsController_list: {
        parameters: {
            query: {
                /** @description first local date, inclusive */
                from: string;
                /** @description last local date, inclusive; at most 366 days after from */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefingListDto"];
                };
            };
        };
    };
    BriefingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefingDto"];
                };
            };
        };
    };
    BriefingsController_regenerate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BriefingDto"];
                };
            };
        };
    };
    ProjectsController_setCityResponsible: {
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
                "application/json": components["schemas"]["SetCityResponsibleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityResponsibleDto"];
                };
            };
        };
    };
    ComplaintsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                severity?: "normal" | "major" | "group";
                status?: "received" | "accepted" | "investigating" | "responsibility_determined" | "replied";
                unitId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintPageDto"];
                };
            };
        };
    };
    ComplaintsController_create: {
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
                "application/json": components["schemas"]["CreateComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
        };
    };
    ComplaintsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
        };
    };
    ComplaintsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
        };
    };
    ComplaintsController_determineResponsibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DetermineResponsibilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
        };
    };
    ComplaintsController_followUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
        };
    };
    ComplaintsController_investigate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvestigateComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
        };
    };
    ComplaintsController_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
        };
    };
    ComplaintsController_changeReplyDeadline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                complaintId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
        };
    };
    DefectReportsController_projectScorecards: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorecardDto"];
                };
            };
        };
    };
    DefectReportsController_projectScorecardsXlsx: {
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
            /** @description the scorecard as a workbook (sheet 施工单位评分卡) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ContractorsController_projectCompanies: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractorCompanyDto"][];
                };
            };
        };
    };
    ContractorsController_addToProject: {
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
                "application/json": components["schemas"]["AddProjectContractorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractorCompanyDto"][];
                };
            };
        };
    };
    DefectAlertsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description open (not yet a case) or promoted to a case */
                status?: "open" | "promoted";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectAlertPageDto"];
                };
            };
        };
    };
    DefectAlertsController_promote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alertId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromoteDefectAlertDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description DEFECT_ALERT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description DEFECT_ALERT_PROMOTED: the alert is already a case (its id in params.caseId) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DefectReportsController_sla: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectSlaDto"];
                };
            };
        };
    };
    DefectReportsController_putSla: {
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
                "application/json": components["schemas"]["DefectSlaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectSlaDto"];
                };
            };
        };
    };
    DefectsController_list: {
        parameters: {
            query?: {
                /** @description 楼栋 of the unit, exactly as imported (unit defects only) */
                building?: string;
                category?: "quality" | "non_quality";
                /** @description the contractor company it is assigned to */
                contractorCompanyId?: string;
                location?: "unit" | "public_area";
                page?: number;
                pageSize?: number;
                source?: "unit_inspection" | "open_day" | "handover_inspection" | "after_handover" | "owner_report";
                status?: "open" | "assigned" | "fixed" | "verified" | "cannot_fix" | "disputed" | "dismissed";
                trade?: string;
                unitId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectPageDto"];
                };
            };
        };
    };
    DefectsController_create: {
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
                "application/json": components["schemas"]["CreateDefectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectReportsController_ageing: {
        parameters: {
            query: {
                /** @description per building (楼栋), trade (专业) or contractor company */
                by: "building" | "trade" | "company";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgeingDto"];
                };
            };
        };
    };
    DefectsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDefectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectsController_cannotFix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CannotFixDefectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectsController_defer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeferDefectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectsController_dispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeDefectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectsController_decideDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideDisputeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectsController_fix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefectNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
            /** @description DEFECT_FIX_PHOTO_REQUIRED, DEFECT_STATUS_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DefectsController_photos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectPhotoDto"][];
                };
            };
        };
    };
    DefectsController_addPhoto: {
        parameters: {
            query?: {
                /** @description before: the defect as found; after: the fix (a contractor always uploads after photos) */
                stage?: "before" | "after";
            };
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectPhotoDto"];
                };
            };
            /** @description PHOTO_FILE_MISSING, PHOTO_NOT_AN_IMAGE (not a decodable JPEG, PNG or WebP) or PHOTO_TOO_MANY_PIXELS */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PHOTO_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DefectsController_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the photo in its stored type */
            200: {
                headers: {
                    /** @description inline; filename="<photo id>.<jpg|png|webp>" */
                    "Content-Disposition"?: string;
                    "Content-Security-Policy"?: "default-src 'none'; sandbox";
                    "X-Content-Type-Options"?: "nosniff";
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
        };
    };
    DefectsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenDefectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectsController_replyToOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyToOwnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                defectId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefectNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefectDto"];
                };
            };
        };
    };
    DefectsController_summaryByUnit: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                source?: "unit_inspection" | "open_day" | "handover_inspection" | "after_handover" | "owner_report";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDefectSummaryPageDto"];
                };
            };
        };
    };
    FeeSettingsController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeSettingsDto"];
                };
            };
        };
    };
    FeeSettingsController_put: {
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
                "application/json": components["schemas"]["PutFeeSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeSettingsDto"];
                };
            };
        };
    };
    DefectAlertsController_threshold: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrequentProblemThresholdDto"];
                };
            };
        };
    };
    DefectAlertsController_putThreshold: {
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
                "application/json": components["schemas"]["FrequentProblemThresholdDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrequentProblemThresholdDto"];
                };
            };
            /** @description FREQUENT_PROBLEM_THRESHOLD_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HandoverNoticeSettingsController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverNoticeSettingsDto"];
                };
            };
            /** @description HANDOVER_NOTICE_NOT_SET, or the project is not in scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HandoverNoticeSettingsController_put: {
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
                "application/json": components["schemas"]["PutHandoverNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverNoticeSettingsDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HandoverNoticeSmsController_send: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverNoticeSmsResultDto"];
                };
            };
            /** @description HANDOVER_NOTICE_NOT_SET, or the project is not in scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    KeysController_list: {
        parameters: {
            query?: {
                holder?: "contractor" | "property" | "owner";
                kind?: "entrance_door" | "unit_door" | "mailbox" | "equipment_room" | "management_room";
                page?: number;
                pageSize?: number;
                unitId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyPageDto"];
                };
            };
        };
    };
    KeysController_register: {
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
                "application/json": components["schemas"]["RegisterKeysDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyDto"][];
                };
            };
        };
    };
    KeysController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyDetailDto"];
                };
            };
        };
    };
    KeysController_returnEntrusted: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnEntrustedKeyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyMovementResultDto"];
                };
            };
        };
    };
    KeysController_entrust: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntrustKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyMovementResultDto"];
                };
            };
        };
    };
    KeysController_lend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LendKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyMovementResultDto"];
                };
            };
        };
    };
    KeysController_returnLoan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnKeyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyMovementResultDto"];
                };
            };
        };
    };
    KeysController_overdueLoans: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueLoansDto"];
                };
            };
        };
    };
    KeysController_transfer: {
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
                "application/json": components["schemas"]["TransferKeysDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyTransferResultDto"];
                };
            };
        };
    };
    ProjectsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                milestone: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "rehearsal" | "handoverReadiness" | "centralizedHandover" | "scatteredHandover" | "summaryAccepted";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveMilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetailDto"];
                };
            };
        };
    };
    ProjectsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                milestone: "riskSelfCheck" | "unitInspection" | "openDay" | "rectification" | "propertyTransfer" | "rehearsal" | "handoverReadiness" | "centralizedHandover" | "scatteredHandover" | "summaryAccepted";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectMilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetailDto"];
                };
            };
        };
    };
    ProjectsController_notifications: {
        parameters: {
            query?: {
                kind?: "reminder" | "escalation" | "approval_waiting" | "decision_made" | "daily_briefing";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
        };
    };
    ProjectsController_requestPostponement: {
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
                "application/json": components["schemas"]["RequestPostponementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetailDto"];
                };
            };
        };
    };
    ProjectsController_decidePostponement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecidePostponementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetailDto"];
                };
            };
        };
    };
    BriefingsController_startReporting: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingStartedDto"];
                };
            };
        };
    };
    ProjectsController_previewReschedule: {
        parameters: {
            query: {
                firstHandoverDate: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReschedulePreviewDto"];
                };
            };
        };
    };
    RisksController_register: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskRegisterDto"];
                };
            };
        };
    };
    RisksController_init: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskRegisterDto"];
                };
            };
        };
    };
    RisksController_list: {
        parameters: {
            query?: {
                area?: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H";
                /** @description true: decided items only; false: undecided only */
                decided?: boolean;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskItemPageDto"];
                };
            };
        };
    };
    RisksController_create: {
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
                "application/json": components["schemas"]["CreateRiskItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskItemDto"];
                };
            };
        };
    };
    RisksController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                riskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideRiskItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskItemDto"];
                };
            };
        };
    };
    SummariesController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverSummaryDto"];
                };
            };
        };
    };
    SummariesController_compile: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverSummaryDto"];
                };
            };
            /** @description the summary is submitted or accepted; its figures are frozen */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SummariesController_updateNarrative: {
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
                "application/json": components["schemas"]["SummaryNarrativeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverSummaryDto"];
                };
            };
            /** @description submitted and under HQ review, or accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SummariesController_submit: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverSummaryDto"];
                };
            };
            /** @description not a draft, or a narrative section is empty */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SurveysController_analysis: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAnalysisDto"];
                };
            };
        };
    };
    SurveysController_listDimensions: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDimensionListDto"];
                };
            };
        };
    };
    SurveysController_addDimensions: {
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
                "application/json": components["schemas"]["AddSurveyDimensionsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDimensionListDto"];
                };
            };
            /** @description responses already recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SurveysController_createResponse: {
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
                "application/json": components["schemas"]["CreateSurveyResponseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponseDto"];
                };
            };
            /** @description the unit has already answered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitsController_list: {
        parameters: {
            query?: {
                /** @description 楼栋, exactly as imported */
                building?: string;
                handoverState?: "not_started" | "checked_in" | "area_settled" | "fees_paid" | "inspected" | "keys_handed_over" | "documents_handed_over" | "gift_recorded" | "handed_over" | "refused" | "objected";
                page?: number;
                pageSize?: number;
                /** @description finds a unit at the handover desk: part of its address (3#-1-1201 or 1201), part of the owner name, or the last 4+ digits of the owner phone */
                search?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPageDto"];
                };
            };
        };
    };
    UnitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDetailDto"];
                };
            };
        };
    };
    UnitHandoverController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverDetailDto"];
                };
            };
        };
    };
    UnitHandoverController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitHandoverController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitHandoverController_dues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDuesDto"];
                };
            };
        };
    };
    UnitHandoverController_handOverDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandOverDocumentsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitHandoverController_handOverKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitHandoverController_inspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InspectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitHandoverController_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitHandoverController_payFees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitHandoverController_recordGift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordGiftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitHandoverController_refuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseHandoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitHandoverController_resolveObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitHandoverController_settleArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitHandoverStepResultDto"];
                };
            };
            /** @description out of order (the message names the missing step), repeated, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitsController_grid: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitGridDto"];
                };
            };
        };
    };
    UnitsController_import: {
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
                "text/csv": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitImportResultDto"];
                };
            };
            /** @description nothing imported: every problem by row and column (UNIT_IMPORT_REJECTED), or a body no CSV can be (e.g. TEXT_CONTAINS_NUL) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitImportRejectionDto"] | components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UnitsController_importFile: {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description .xlsx or .csv
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitFileImportResultDto"];
                };
            };
            /** @description nothing imported: every problem by row and column (UNIT_IMPORT_REJECTED), or the file as a whole (UNIT_FILE_MISSING, UNIT_FILE_UPLOAD_INVALID, UNIT_FILE_HEADERS_NOT_FOUND, UNIT_FILE_XLSX_UNREADABLE) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitImportRejectionDto"] | components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNIT_FILE_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNIT_FILE_XLS_OLD, UNIT_FILE_MACRO or UNIT_FILE_NOT_SPREADSHEET (neither .xlsx nor CSV text) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WarrantyVisitsController_listCallBacks: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "open" | "closed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyCallBackPageDto"];
                };
            };
        };
    };
    WarrantyVisitsController_closeCallBack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCallBackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyCallBackDto"];
                };
            };
        };
    };
    WarrantyController_periods: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyPeriodsDto"];
                };
            };
        };
    };
    WarrantyController_putPeriods: {
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
                "application/json": components["schemas"]["PutWarrantyPeriodsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyPeriodsDto"];
                };
            };
        };
    };
    WarrantyController_list: {
        parameters: {
            query?: {
                component?: "roof_waterproofing" | "wet_room_waterproofing" | "exterior_wall_leakage" | "heating_cooling" | "electrical" | "water_drainage_pipes" | "equipment_installation" | "decoration";
                /** @description true: repaired over 24 h ago, not confirmed (回访) */
                needsCallBack?: "true" | "false";
                page?: number;
                pageSize?: number;
                status?: "reported" | "visit_booked" | "repaired" | "closed";
                unitId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyTicketPageDto"];
                };
            };
        };
    };
    WarrantyController_create: {
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
                "application/json": components["schemas"]["CreateWarrantyTicketDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyTicketDto"];
                };
            };
        };
    };
    WarrantyController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyTicketDto"];
                };
            };
        };
    };
    WarrantyController_bookVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookVisitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyTicketDto"];
                };
            };
        };
    };
    WarrantyController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmWarrantyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyTicketDto"];
                };
            };
        };
    };
    WarrantyController_repaired: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepairedDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyTicketDto"];
                };
            };
        };
    };
    WarrantyVisitsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyVisitListDto"];
                };
            };
        };
    };
    WarrantyVisitsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleWarrantyVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyVisitDto"];
                };
            };
        };
    };
    WarrantyVisitsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ticketId: string;
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelWarrantyVisitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyVisitDto"];
                };
            };
        };
    };
    WarrantyVisitsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ticketId: string;
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WarrantyVisitConfirmationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyVisitDto"];
                };
            };
        };
    };
    WarrantyVisitsController_done: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ticketId: string;
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WarrantyVisitDoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyVisitDto"];
                };
            };
        };
    };
    ProjectDocumentsController_print: {
        parameters: {
            query?: {
                /** @description comma-separated, in print order per unit: notice, inspection_record, key_handover (default all three) */
                documents?: string;
            };
            header?: never;
            path: {
                building: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    ProjectDocumentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedDocumentListDto"];
                };
            };
            /** @description PROJECT_NOT_FOUND, UNIT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProjectDocumentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                document: string;
                projectId: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    ProjectsController_previewPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPreviewDto"];
                };
            };
        };
    };
    SmsOutboxController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsOutboxPageDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                department?: "engineering" | "design" | "sales" | "customer_service" | "property" | "finance" | "cost";
                page?: number;
                pageSize?: number;
                /** @description part of the name (taken literally) */
                q?: string;
                role?: "project_lead" | "department_head" | "hq" | "admin" | "contractor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithTokenResponseDto"];
                };
            };
        };
    };
    ContactsController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsResponseDto"];
                };
            };
        };
    };
    ContactsController_put: {
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
                "application/json": components["schemas"]["PutContactsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsResponseDto"];
                };
            };
        };
    };
    UsersController_mintToken: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithTokenResponseDto"];
                };
            };
        };
    };
    UsersController_departmentHeads: {
        parameters: {
            query?: {
                department?: "engineering" | "design" | "sales" | "customer_service" | "property" | "finance" | "cost";
                page?: number;
                pageSize?: number;
                /** @description part of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
        };
    };
    UsersController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
        };
    };
}
