// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publishendpoint.h"
#include "storageerror.h"

#include <QCoreApplication>

class Database;

/// Reads one stored article with everything an endpoint sends (names, bytes, the rendered
/// content), so the endpoints never touch the database and the content is the preview's own.
class PublishPayloadBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PublishPayloadBuilder)

public:
    static Result<PublishPayload> build(Database &db, qint64 articleId);
};
