package io.bcekit.benchmarks.load;

/** The success endpoints' body: a small JSON object. */
public record Eip(String eip, String status, int bandwidthInMbps) {
}
