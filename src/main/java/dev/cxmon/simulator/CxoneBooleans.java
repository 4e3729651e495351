package dev.cxmon.simulator;

/** Real CXone sometimes sends booleans as the strings "True"/"False"; the simulator does too. */
final class CxoneBooleans {

    private CxoneBooleans() {
    }

    static String text(boolean value) {
        return value ? "True" : "False";
    }
}
