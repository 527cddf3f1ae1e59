// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminationhandler.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTermination, "copydesk.termination")

namespace {
// A signal handler may do almost nothing; it writes the signal number to a socket that the
// event loop watches (the "self-pipe" pattern of the Qt documentation).
int signalSocket[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(signalSocket[0], &byte, 1);
}

constexpr int handledSignals[] = {SIGTERM, SIGHUP, SIGINT};
} // namespace

TerminationHandler::TerminationHandler(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalSocket) != 0) {
        qCWarning(lcTermination) << "no socket pair for signals; SIGTERM will end the program without saving";
        return;
    }
    m_notifier = new QSocketNotifier(signalSocket[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(signalSocket[1], &byte, 1) == 1) {
            qCInfo(lcTermination) << "signal" << int(byte) << "received: closing cleanly";
            Q_EMIT terminationRequested(int(byte));
        }
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int s : handledSignals)
        ::sigaction(s, &action, nullptr);
}

TerminationHandler::~TerminationHandler()
{
    for (int s : handledSignals)
        ::signal(s, SIG_DFL);
    ::close(signalSocket[0]);
    ::close(signalSocket[1]);
    signalSocket[0] = signalSocket[1] = -1;
}
