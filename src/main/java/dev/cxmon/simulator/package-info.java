/**
 * An embedded NICE CXone simulator for demo mode and tests (build spec: {@code docs/dev/simulator-spec.md}).
 *
 * <p>Public contract: {@link dev.cxmon.simulator.CxoneSimulator} (start/close, base URL, live tenant, faults,
 * request counters), {@link dev.cxmon.simulator.SimulatorOptions}, {@link dev.cxmon.simulator.TlsOptions},
 * {@link dev.cxmon.simulator.Fault}/{@link dev.cxmon.simulator.FaultKind}/{@link dev.cxmon.simulator.FaultSwitches},
 * the tenant model ({@link dev.cxmon.simulator.SimulatorTenant} and its records), and the demo mode's
 * {@link dev.cxmon.simulator.ScriptedDay} (script: {@code demo-day.yaml}). Everything else is
 * package-private plumbing: tenant loading, the JWT codec and token issuer, client and bearer authentication,
 * one handler class per resource group, the fault responder and the route pipeline.
 *
 * <p>The built-in tenant is {@code src/main/resources/simulator/demo-tenant.yaml}.
 */
package dev.cxmon.simulator;
