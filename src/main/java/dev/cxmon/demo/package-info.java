/**
 * Demo mode in one place: starts the embedded CXone simulator ({@link dev.cxmon.demo.SimulatorLauncher}, which turns
 * {@code cxone.simulator.*} into simulator options and its refusals into configuration problems), hands the factories
 * its defaults ({@link dev.cxmon.demo.DemoTenantDefaults}, behind {@link dev.cxmon.config.DemoDefaults}) and runs the
 * scripted day once the daemon polls ({@link dev.cxmon.demo.DemoDay}). Nothing below this package imports it.
 */
package dev.cxmon.demo;
