#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

// Shared by the harnesses. A violated invariant aborts, so that libFuzzer reports it like a
// crash (and saves the input), and so that the regression driver of the normal build fails its test.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__, #condition);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace Fuzz {

// The application always runs with a QCoreApplication (tr(), resources, locale); the harnesses make
// one too so that the code under test sees the same environment. Kept for the whole process, so
// LeakSanitizer sees it as reachable.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "duizhao-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

} // namespace Fuzz
