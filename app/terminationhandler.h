// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGTERM, SIGHUP and SIGINT (a logout, a closed terminal, Ctrl+C) into a clean quit:
/// the windows close as if the user closed them, so what is being typed is saved first.
class TerminationHandler : public QObject
{
    Q_OBJECT

public:
    explicit TerminationHandler(QObject *parent = nullptr);
    ~TerminationHandler() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};
