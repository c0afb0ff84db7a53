/**
 * The trainer's storage adapter: its one Redis connection (pipelined, coalescing many events' commits), the feature
 * engine's store on it, and key clean-up. The only package of the trainer that uses a Redis client type.
 */
package io.github.idfraud.trainer.redis;
