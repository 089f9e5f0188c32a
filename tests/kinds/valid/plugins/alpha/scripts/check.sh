#!/bin/sh
mix credo --strict
