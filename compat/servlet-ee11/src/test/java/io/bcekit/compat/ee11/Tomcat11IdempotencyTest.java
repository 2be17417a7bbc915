package io.bcekit.compat.ee11;

import io.bcekit.servlet.Tomcat10IdempotencyTest;

/** clientToken idempotency on embedded Tomcat 11. */
class Tomcat11IdempotencyTest extends Tomcat10IdempotencyTest {
}
