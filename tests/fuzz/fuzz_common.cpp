// libFuzzer's start-up hook, the same for every harness (and called by regression_main.cpp in the
// normal build): the code under test runs with a QCoreApplication, as in the application.
#include "fuzz_common.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::ensureApplication();
    return 0;
}
